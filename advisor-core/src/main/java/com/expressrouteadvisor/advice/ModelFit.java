package com.expressrouteadvisor.advice;

/**
 * Rule conclusion: a connectivity model fits the customer's facts, before the layer is chosen.
 * Layer rules turn each fit into one or more {@link Recommendation}s.
 *
 * @param reason key of the reason text in the rule set's message bundle (or the text itself)
 */
public record ModelFit(ConnectivityModel model, int score, String reason) {
}
