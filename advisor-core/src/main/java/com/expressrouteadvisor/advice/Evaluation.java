package com.expressrouteadvisor.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The advice for one customer (CONTRACT §4). {@code firedRules} is null unless explanations were asked
 * for; {@code resiliency} is null when the rule set concludes none. {@code textFallbacks} lists the message keys
 * shown in English because the language asked for has no text for them (an extension of CONTRACT §4), and is
 * left out of the JSON when there are none.
 */
@JsonPropertyOrder({"customerId", "readiness", "recommendations", "gaps", "questions", "resiliency", "firedRules",
        "textFallbacks", "ruleSet"})
public record Evaluation(String customerId,
                         Readiness readiness,
                         List<RankedRecommendation> recommendations,
                         List<GapFinding> gaps,
                         List<OpenQuestion> questions,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Resiliency resiliency,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<FiredRule> firedRules,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> textFallbacks,
                         RuleSetInfo ruleSet) {

    public Evaluation {
        textFallbacks = textFallbacks == null ? List.of() : List.copyOf(textFallbacks);
    }

    /** An evaluation whose texts are all in the language asked for. */
    public Evaluation(String customerId, Readiness readiness, List<RankedRecommendation> recommendations,
                      List<GapFinding> gaps, List<OpenQuestion> questions, Resiliency resiliency,
                      List<FiredRule> firedRules, RuleSetInfo ruleSet) {
        this(customerId, readiness, recommendations, gaps, questions, resiliency, firedRules, List.of(), ruleSet);
    }

    /** The result without its fired-rule chain, for outputs that were not asked to explain. */
    public Evaluation withoutFiredRules() {
        return firedRules == null ? this
                : new Evaluation(customerId, readiness, recommendations, gaps, questions, resiliency, null,
                textFallbacks, ruleSet);
    }
}
