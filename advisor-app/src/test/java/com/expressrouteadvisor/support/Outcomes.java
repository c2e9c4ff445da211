package com.expressrouteadvisor.support;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.OpenQuestion;

import java.util.List;

/** What a user reads off a result, in the short forms scenario tests compare. */
public final class Outcomes {

    private Outcomes() {
    }

    /** Ranked recommendations as {@code MODEL/LAYER}, best first. */
    public static List<String> models(Evaluation e) {
        return e.recommendations().stream().map(r -> r.model() + "/" + r.layer()).toList();
    }

    public static String topModel(Evaluation e) {
        return e.recommendations().isEmpty() ? null : e.recommendations().get(0).model().name();
    }

    public static List<String> gapCodes(Evaluation e) {
        return e.gaps().stream().map(GapFinding::code).toList();
    }

    public static List<String> questions(Evaluation e) {
        return e.questions().stream().map(OpenQuestion::field).toList();
    }
}
