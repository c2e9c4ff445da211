package com.expressrouteadvisor.advice;

import java.util.Comparator;
import java.util.List;

/**
 * Rule conclusion: a connectivity model at a layer, with the score that ranks it.
 *
 * @param fit     the model fit this recommendation was made from
 * @param reasons keys of reason texts in the message bundle (or the texts themselves)
 */
public record Recommendation(ModelFit fit, Layer layer, int score, List<String> reasons) {

    /** The ranking of CONTRACT §4: higher score first; ties by model, then layer, so the order is stable. */
    public static final Comparator<Recommendation> BEST_FIRST = Comparator
            .comparingInt(Recommendation::score).reversed()
            .thenComparing(Recommendation::model)
            .thenComparing(Recommendation::layer);

    public Recommendation(ModelFit fit, Layer layer, int score, String layerReason) {
        this(fit, layer, score, List.of(fit.reason(), layerReason));
    }

    public Recommendation(ModelFit fit, Layer layer, String layerReason) {
        this(fit, layer, fit.score(), layerReason);
    }

    public ConnectivityModel model() {
        return fit.model();
    }

    /** Whether this recommendation ranks before the other one; rules use it to find the best. */
    public boolean outranks(Recommendation other) {
        return BEST_FIRST.compare(this, other) < 0;
    }
}
