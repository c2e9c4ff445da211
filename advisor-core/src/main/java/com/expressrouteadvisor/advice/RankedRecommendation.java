package com.expressrouteadvisor.advice;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Objects;

/**
 * Output: one recommended connectivity model at a layer, ranked (1 = best).
 *
 * @param title      the model and layer in words, in the language of the advice ("Co-location at a cloud exchange,
 *                   Layer 2"); the rule's name stays as written, because scenarios and the catalog refer to it
 * @param reasons    the reasons in words; null, like the title, when the evaluation was asked without texts
 * @param reasonKeys the keys of the reasons in the message bundles ({@code reason.KEY}), for outputs that write
 *                   codes; not part of the JSON of CONTRACT §4 nor of equality
 */
@JsonPropertyOrder({"rank", "model", "layer", "title", "score", "rule", "reasons"})
public record RankedRecommendation(int rank, ConnectivityModel model, Layer layer, String title, int score,
                                   String rule, List<String> reasons, @JsonIgnore List<String> reasonKeys) {

    public RankedRecommendation {
        reasonKeys = reasonKeys == null ? List.of() : reasonKeys;
    }

    /** A recommendation without its reason keys. */
    public RankedRecommendation(int rank, ConnectivityModel model, Layer layer, String title, int score,
                                String rule, List<String> reasons) {
        this(rank, model, layer, title, score, rule, reasons, List.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RankedRecommendation r && rank == r.rank && model == r.model && layer == r.layer
                && Objects.equals(title, r.title) && score == r.score && Objects.equals(rule, r.rule)
                && Objects.equals(reasons, r.reasons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rank, model, layer, title, score, rule, reasons);
    }
}
