package com.expressrouteadvisor.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The advice for one customer (CONTRACT §4). {@code firedRules} is null unless explanations were asked
 * for; {@code resiliency} is null when the rule set concludes none. {@code textFallbacks} lists the message keys
 * shown in English because the language asked for has no text for them (an extension of CONTRACT §4), and is
 * left out of the JSON when there are none; {@code plan} is null unless a plan was asked for
 * ({@code evaluate --plan}).
 */
@JsonPropertyOrder({"customerId", "readiness", "recommendations", "gaps", "questions", "resiliency", "firedRules",
        "textFallbacks", "plan", "ruleSet"})
public record Evaluation(String customerId,
                         Readiness readiness,
                         List<RankedRecommendation> recommendations,
                         List<GapFinding> gaps,
                         List<OpenQuestion> questions,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Resiliency resiliency,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<FiredRule> firedRules,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> textFallbacks,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Plan plan,
                         RuleSetInfo ruleSet) {

    public Evaluation {
        textFallbacks = textFallbacks == null ? List.of() : List.copyOf(textFallbacks);
    }

    /** An evaluation whose texts are all in the language asked for, without a plan. */
    public Evaluation(String customerId, Readiness readiness, List<RankedRecommendation> recommendations,
                      List<GapFinding> gaps, List<OpenQuestion> questions, Resiliency resiliency,
                      List<FiredRule> firedRules, RuleSetInfo ruleSet) {
        this(customerId, readiness, recommendations, gaps, questions, resiliency, firedRules, List.of(), null,
                ruleSet);
    }

    /** An evaluation without a plan. */
    public Evaluation(String customerId, Readiness readiness, List<RankedRecommendation> recommendations,
                      List<GapFinding> gaps, List<OpenQuestion> questions, Resiliency resiliency,
                      List<FiredRule> firedRules, List<String> textFallbacks, RuleSetInfo ruleSet) {
        this(customerId, readiness, recommendations, gaps, questions, resiliency, firedRules, textFallbacks, null,
                ruleSet);
    }

    /** The result with a plan of changes attached. */
    public Evaluation withPlan(Plan newPlan) {
        return new Evaluation(customerId, readiness, recommendations, gaps, questions, resiliency, firedRules,
                textFallbacks, newPlan, ruleSet);
    }

    /** The result without its fired-rule chain, for outputs that were not asked to explain. */
    public Evaluation withoutFiredRules() {
        return firedRules == null ? this
                : new Evaluation(customerId, readiness, recommendations, gaps, questions, resiliency, null,
                textFallbacks, plan, ruleSet);
    }
}
