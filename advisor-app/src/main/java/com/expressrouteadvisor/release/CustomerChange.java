package com.expressrouteadvisor.release;

import com.expressrouteadvisor.advice.ConnectivityModel;
import com.expressrouteadvisor.advice.Layer;
import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.advice.Severity;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * How one customer's advice differs between the base rule set and the new one. Only customers whose advice
 * changed get one; the rules whose firing changed are listed for them, but a change in firing alone (a rule
 * renamed, split or merged with the same outcome) is not a change in advice.
 *
 * @param topBefore    the first-ranked model and layer with the base rules, null when none was recommended
 * @param textsChanged wording that changed for advice both sides give: {@code gap CODE}, {@code question FIELD},
 *                     {@code reasons MODEL/LAYER}
 */
@JsonPropertyOrder({"customerId", "readinessBefore", "readinessAfter", "topBefore", "topAfter", "rankingChanged",
        "gapsAdded", "gapsRemoved", "questionsAdded", "questionsRemoved", "textsChanged", "resiliencyChanged",
        "rulesStartedFiring", "rulesStoppedFiring"})
public record CustomerChange(String customerId,
                             Readiness readinessBefore,
                             Readiness readinessAfter,
                             @JsonInclude(JsonInclude.Include.ALWAYS) Top topBefore,
                             @JsonInclude(JsonInclude.Include.ALWAYS) Top topAfter,
                             boolean rankingChanged,
                             List<GapItem> gapsAdded,
                             List<GapItem> gapsRemoved,
                             List<String> questionsAdded,
                             List<String> questionsRemoved,
                             List<String> textsChanged,
                             boolean resiliencyChanged,
                             List<String> rulesStartedFiring,
                             List<String> rulesStoppedFiring) {

    /** The first-ranked recommendation: model and layer. */
    public record Top(ConnectivityModel model, Layer layer) {
        @Override
        public String toString() {
            return model + "/" + layer;
        }
    }

    /** A gap as the diff tells it apart: the same code with another severity is one removed and one added. */
    public record GapItem(String code, Severity severity) {
        @Override
        public String toString() {
            return code + ":" + severity;
        }
    }

    /** Whether the verdict got worse (BLOCKED is the worst): the usual thing a release must not do unseen. */
    public boolean readinessDown() {
        return readinessAfter.compareTo(readinessBefore) < 0;
    }

    public boolean readinessChanged() {
        return readinessAfter != readinessBefore;
    }

    public boolean topChanged() {
        return topBefore == null ? topAfter != null : !topBefore.equals(topAfter);
    }

    /** The top model and layer in words for a table: {@code none} when no model was recommended. */
    static String describe(Top top) {
        return top == null ? "none" : top.toString();
    }
}
