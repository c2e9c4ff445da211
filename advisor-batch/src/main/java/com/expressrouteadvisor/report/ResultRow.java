package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.RankedRecommendation;
import com.expressrouteadvisor.advice.Severity;

import java.util.List;

/**
 * One customer's result in one line: what the CSV output and the report's table show.
 *
 * @param topModel        the rank-1 model, or null when none fits
 * @param resiliencyTier  null when the rule set concluded none
 */
public record ResultRow(String customerId, String readiness, String topModel, String layer, Integer score,
                        String resiliencyTier, Integer resiliencyScore, List<String> gapCodes, int blockers,
                        int warnings, List<String> questions) {

    public static final String[] CSV_HEADER = {"customerId", "readiness", "topModel", "layer", "score",
            "resiliencyTier", "resiliencyScore", "gapCodes", "blockers", "warnings", "questions"};

    public static ResultRow of(Evaluation e) {
        RankedRecommendation top = e.recommendations().isEmpty() ? null : e.recommendations().get(0);
        int blockers = 0;
        int warnings = 0;
        for (GapFinding gap : e.gaps()) {
            if (gap.severity() == Severity.BLOCKER) {
                blockers++;
            } else if (gap.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        return new ResultRow(e.customerId(), e.readiness().name(),
                top == null ? null : top.model().name(), top == null ? null : top.layer().name(),
                top == null ? null : top.score(),
                e.resiliency() == null ? null : e.resiliency().tier().name(),
                e.resiliency() == null ? null : e.resiliency().score(),
                e.gaps().stream().map(GapFinding::code).distinct().toList(), blockers, warnings,
                e.questions().stream().map(q -> q.field()).toList());
    }
}
