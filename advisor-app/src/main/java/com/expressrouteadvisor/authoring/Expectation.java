package com.expressrouteadvisor.authoring;

import java.util.List;

/**
 * What a scenario expects of the advice (CONTRACT §7); every part is optional, null or empty when not asked.
 *
 * @param topModel  the model of the top-ranked recommendation
 * @param layer     the layer of the top-ranked recommendation
 * @param gaps      gap codes that must be present
 * @param noGaps    gap codes that must be absent
 * @param readiness the overall readiness
 * @param questions profile fields that must be asked for
 */
public record Expectation(String topModel, String layer, List<String> gaps, List<String> noGaps, String readiness,
                          List<String> questions) {

    public static final List<String> KEYS = List.of("topModel", "layer", "gaps", "noGaps", "readiness", "questions");

    public static final Expectation NOTHING = new Expectation(null, null, List.of(), List.of(), null, List.of());

    public Expectation {
        gaps = List.copyOf(gaps);
        noGaps = List.copyOf(noGaps);
        questions = List.copyOf(questions);
    }
}
