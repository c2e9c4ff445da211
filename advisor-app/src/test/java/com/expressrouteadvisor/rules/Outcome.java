package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.advice.ConnectivityModel;
import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.Layer;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.RankedRecommendation;

import java.util.List;

/** The result of one scenario, with the views scenario tests assert on. */
public record Outcome(Evaluation evaluation) {

    public List<String> gapCodes() {
        return evaluation.gaps().stream().map(GapFinding::code).toList();
    }

    public List<GapFinding> gaps(String code) {
        return evaluation.gaps().stream().filter(g -> g.code().equals(code)).toList();
    }

    /** The one finding of a code; fails when there is none. */
    public GapFinding gap(String code) {
        return gaps(code).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no gap " + code + " in " + gapCodes()));
    }

    public List<String> questions() {
        return evaluation.questions().stream().map(OpenQuestion::field).toList();
    }

    public List<String> models() {
        return evaluation.recommendations().stream().map(r -> r.model() + "/" + r.layer()).toList();
    }

    public ConnectivityModel topModel() {
        return top().model();
    }

    public Layer topLayer() {
        return top().layer();
    }

    public List<String> firedRules() {
        return evaluation.firedRules().stream().map(f -> f.name()).toList();
    }

    private RankedRecommendation top() {
        if (evaluation.recommendations().isEmpty()) {
            throw new AssertionError("no recommendation; gaps " + gapCodes());
        }
        return evaluation.recommendations().get(0);
    }

    @Override
    public String toString() {
        return "models " + models() + ", gaps " + gapCodes() + ", questions " + questions() + ", resiliency "
                + evaluation.resiliency();
    }
}
