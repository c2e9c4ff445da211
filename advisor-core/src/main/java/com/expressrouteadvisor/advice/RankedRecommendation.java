package com.expressrouteadvisor.advice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Output: one recommended connectivity model at a layer, ranked (1 = best).
 *
 * @param title the model and layer in words, in the language of the advice ("Co-location at a cloud exchange,
 *              Layer 2"); the rule's name stays as written, because scenarios and the catalog refer to it
 */
@JsonPropertyOrder({"rank", "model", "layer", "title", "score", "rule", "reasons"})
public record RankedRecommendation(int rank, ConnectivityModel model, Layer layer, String title, int score,
                                   String rule, List<String> reasons) {
}
