package com.expressrouteadvisor.authoring;

import java.util.List;
import java.util.Map;

/**
 * What a scenario expects of the advice (CONTRACT §7, docs/authoring.md section 7); every part is optional,
 * null or empty when not asked.
 *
 * @param topModel      the model of the top-ranked recommendation
 * @param layer         the layer of the top-ranked recommendation
 * @param gaps          gap codes that must be present
 * @param noGaps        gap codes that must be absent
 * @param readiness     the overall readiness
 * @param questions     profile fields that must be asked for
 * @param noQuestions   profile fields that must not be asked for
 * @param onlyGaps      exactly the gap codes raised, in any order ({@code []}: none); null when not asked
 * @param onlyQuestions exactly the fields asked for, in any order ({@code []}: none); null when not asked
 * @param models        every recommendation as {@code MODEL/LAYER}, best first ({@code []}: none); null when
 *                      not asked
 * @param decides       per asked field, what its answer decides: MODEL, LAYER or NOTHING
 * @param resiliency    the resiliency tier and score; null when not asked
 * @param wording       what gaps, questions and recommendations must say
 */
public record Expectation(String topModel, String layer, List<String> gaps, List<String> noGaps, String readiness,
                          List<String> questions, List<String> noQuestions, List<String> onlyGaps,
                          List<String> onlyQuestions, List<String> models, Map<String, String> decides,
                          ResiliencyExpectation resiliency, List<WordingExpectation> wording) {

    public static final List<String> KEYS = List.of("topModel", "layer", "models", "gaps", "noGaps", "onlyGaps",
            "readiness", "questions", "noQuestions", "onlyQuestions", "decides", "resiliency", "wording");

    /** What {@code decides} says of a question whose answer decides neither the model nor the layer. */
    public static final String DECIDES_NOTHING = "NOTHING";

    public static final Expectation NOTHING = new Expectation(null, null, List.of(), List.of(), null, List.of());

    /**
     * The resiliency a scenario expects.
     *
     * @param tier  MAXIMUM, HIGH or STANDARD as the rules name it, or null when not asked
     * @param score 0 to 100, or null when not asked
     */
    public record ResiliencyExpectation(String tier, Integer score) {
    }

    public Expectation {
        gaps = List.copyOf(gaps);
        noGaps = List.copyOf(noGaps);
        questions = List.copyOf(questions);
        noQuestions = List.copyOf(noQuestions);
        onlyGaps = onlyGaps == null ? null : List.copyOf(onlyGaps);
        onlyQuestions = onlyQuestions == null ? null : List.copyOf(onlyQuestions);
        models = models == null ? null : List.copyOf(models);
        decides = Map.copyOf(decides);
        wording = List.copyOf(wording);
    }

    /** The expectation of the first scenario format: model, layer, gaps both ways, readiness and questions. */
    public Expectation(String topModel, String layer, List<String> gaps, List<String> noGaps, String readiness,
                       List<String> questions) {
        this(topModel, layer, gaps, noGaps, readiness, questions, List.of(), null, null, null, Map.of(), null,
                List.of());
    }
}
