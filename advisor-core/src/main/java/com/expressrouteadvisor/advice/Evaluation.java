package com.expressrouteadvisor.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The advice for one customer (CONTRACT §4). {@code firedRules} is null unless explanations were asked
 * for; {@code resiliency} is null when the rule set concludes none.
 */
@JsonPropertyOrder({"customerId", "readiness", "recommendations", "gaps", "questions", "resiliency", "firedRules",
        "ruleSet"})
public record Evaluation(String customerId,
                         Readiness readiness,
                         List<RankedRecommendation> recommendations,
                         List<GapFinding> gaps,
                         List<OpenQuestion> questions,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Resiliency resiliency,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<FiredRule> firedRules,
                         RuleSetInfo ruleSet) {

    /** The result without its fired-rule chain, for outputs that were not asked to explain. */
    public Evaluation withoutFiredRules() {
        return firedRules == null ? this
                : new Evaluation(customerId, readiness, recommendations, gaps, questions, resiliency, null, ruleSet);
    }
}
