package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.Remedy;

import java.util.List;
import java.util.Map;

/**
 * One evaluation with the remedies the remedy rules proposed for its gaps, in the order they were proposed.
 *
 * @param remedyRules the rule that proposed each remedy (by identity)
 */
public record Assessment(Evaluation evaluation, List<Remedy> remedies, Map<Remedy, String> remedyRules) {

    public Assessment(Evaluation evaluation, List<Remedy> remedies) {
        this(evaluation, remedies, Map.of());
    }

    public String ruleOf(Remedy remedy) {
        return remedyRules.get(remedy);
    }
}
