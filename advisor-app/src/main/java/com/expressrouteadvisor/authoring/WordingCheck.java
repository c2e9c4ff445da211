package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.RankedRecommendation;

import java.util.ArrayList;
import java.util.List;

/** Compares what a scenario expects gaps, questions and recommendations to say with what the advice says. */
final class WordingCheck {

    private WordingCheck() {
    }

    static List<String> differences(WordingExpectation expected, Evaluation evaluation) {
        List<String> differences = new ArrayList<>();
        if (expected instanceof WordingExpectation.Gap gap) {
            List<GapFinding> findings = evaluation.gaps().stream().filter(g -> g.code().equals(gap.code()))
                    .toList();
            if (findings.isEmpty()) {
                differences.add("wording: expected gap " + gap.code() + ", not raised");
            } else if (gap.count() != null && findings.size() != gap.count()) {
                differences.add("wording: expected " + gap.count() + " finding(s) of " + gap.code() + ", got "
                        + findings.size());
            }
            for (GapFinding finding : findings) {
                String what = "gap " + gap.code();
                if (gap.severity() != null && !gap.severity().equals(finding.severity().name())) {
                    differences.add(what + " severity: expected " + gap.severity() + ", got "
                            + finding.severity());
                }
                text(gap.message(), what + " message", finding.message(), differences);
                text(gap.remediation(), what + " remediation", finding.remediation(), differences);
                text(gap.rule(), what + " rule", finding.rule(), differences);
            }
        } else if (expected instanceof WordingExpectation.Question question) {
            OpenQuestion asked = evaluation.questions().stream()
                    .filter(q -> q.field().equals(question.field())).findFirst().orElse(null);
            if (asked == null) {
                differences.add("wording: expected question " + question.field() + ", not asked");
            } else {
                text(question.why(), "question " + question.field() + " why", asked.why(), differences);
            }
        } else if (expected instanceof WordingExpectation.Recommendation recommendation) {
            List<RankedRecommendation> all = evaluation.recommendations();
            if (all.size() < recommendation.rank()) {
                differences.add("wording: expected a recommendation of rank " + recommendation.rank() + ", got "
                        + all.size() + " recommendation(s)");
            } else {
                RankedRecommendation ranked = all.get(recommendation.rank() - 1);
                String what = "recommendation " + recommendation.rank();
                text(recommendation.title(), what + " title", ranked.title(), differences);
                text(recommendation.rule(), what + " rule", ranked.rule(), differences);
                for (String phrase : recommendation.reasons()) {
                    if (ranked.reasons().stream().noneMatch(r -> r.contains(phrase))) {
                        differences.add(what + " reasons: expected one to contain \"" + phrase + "\", got "
                                + ranked.reasons());
                    }
                }
            }
        }
        return differences;
    }

    private static void text(TextExpectation expected, String what, String actual, List<String> differences) {
        if (expected != null) {
            differences.addAll(expected.differences(what, actual));
        }
    }
}
