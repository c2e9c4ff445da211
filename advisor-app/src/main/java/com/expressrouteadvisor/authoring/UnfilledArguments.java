package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds texts of the advice that show an argument placeholder such as {@code {4}} as it is written: the message
 * pattern uses an argument the rule did not give. No expectation catches that (the gap is raised, the words
 * around the placeholder read right), so every scenario checks every text it produced.
 */
final class UnfilledArguments {

    /** What MessageFormat leaves of an argument that is not given. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private UnfilledArguments() {
    }

    static List<String> in(Evaluation evaluation) {
        List<String> problems = new ArrayList<>();
        for (GapFinding gap : evaluation.gaps()) {
            String what = "gap " + gap.code();
            String gave = " (rule \"" + gap.rule() + "\" gave " + gap.arguments().size() + " argument"
                    + (gap.arguments().size() == 1 ? "" : "s") + ")";
            check(what + " message", gap.message(), gave, problems);
            check(what + " remediation", gap.remediation(), gave, problems);
        }
        evaluation.questions().forEach(q -> check("question " + q.field(), q.why(), "", problems));
        evaluation.recommendations().forEach(r -> {
            check("recommendation " + r.rank() + " title", r.title(), "", problems);
            r.reasons().forEach(reason -> check("recommendation " + r.rank() + " reason", reason, "", problems));
        });
        return problems;
    }

    private static void check(String what, String text, String gave, List<String> problems) {
        if (text == null) {
            return;
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        if (placeholder.find()) {
            problems.add(what + " shows " + placeholder.group() + " as written: its text uses an argument the rule "
                    + "does not give" + gave);
        }
    }
}
