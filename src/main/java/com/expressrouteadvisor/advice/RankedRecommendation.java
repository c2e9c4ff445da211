package com.expressrouteadvisor.advice;

import java.util.List;

/** Output: one recommended connectivity model at a layer, ranked (1 = best). */
public record RankedRecommendation(int rank, ConnectivityModel model, Layer layer, int score, String rule,
                                   List<String> reasons) {
}
