package com.expressrouteadvisor.authoring;

import java.util.List;

/**
 * What one piece of the advice must say, in the scenario's language: a gap, a question or a recommendation,
 * each named the way the result names it. Written in a scenario as one item of {@code expect.wording}.
 */
public sealed interface WordingExpectation {

    /**
     * The findings of a gap code: every finding's texts must match, and when {@code count} is given there are
     * exactly that many findings.
     *
     * @param severity BLOCKER, WARNING or INFO, or null when not asked
     * @param count    how many findings of the code, or null when not asked
     */
    record Gap(String code, String severity, Integer count, TextExpectation message, TextExpectation remediation,
               TextExpectation rule) implements WordingExpectation {

        static final List<String> KEYS = List.of("gap", "severity", "count", "message", "remediation", "rule");
    }

    /** The question for a profile field: why its answer matters. */
    record Question(String field, TextExpectation why) implements WordingExpectation {

        static final List<String> KEYS = List.of("question", "why");
    }

    /**
     * The recommendation of a rank (1 = best).
     *
     * @param reasons every phrase must be in at least one of the recommendation's reasons
     */
    record Recommendation(int rank, TextExpectation title, TextExpectation rule, List<String> reasons)
            implements WordingExpectation {

        static final List<String> KEYS = List.of("recommendation", "title", "rule", "reasons");

        public Recommendation {
            reasons = List.copyOf(reasons);
        }
    }
}
