package com.expressrouteadvisor.advice;

import java.util.List;

/**
 * Rule conclusion: a connectivity model at a layer, with the score that ranks it.
 *
 * @param fit     the model fit this recommendation was made from
 * @param reasons keys of reason texts in the message bundle (or the texts themselves)
 */
public record Recommendation(ModelFit fit, Layer layer, int score, List<String> reasons) {

    public Recommendation(ModelFit fit, Layer layer, int score, String layerReason) {
        this(fit, layer, score, List.of(fit.reason(), layerReason));
    }

    public Recommendation(ModelFit fit, Layer layer, String layerReason) {
        this(fit, layer, fit.score(), layerReason);
    }

    public ConnectivityModel model() {
        return fit.model();
    }
}
