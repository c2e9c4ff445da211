package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.advice.Evaluation;

import java.util.List;

/**
 * The outcome of one scenario.
 *
 * @param differences what differed from the expectation, one phrase each; empty when the scenario passed
 * @param firedRules  the rules that fired for the scenario's profile, in firing order
 * @param evaluation  the advice, or null when the profile was invalid or the rules failed
 * @param nanos       how long the evaluation took
 */
public record ScenarioResult(Scenario scenario, List<String> differences, List<String> firedRules,
                             Evaluation evaluation, long nanos) {

    public ScenarioResult {
        differences = List.copyOf(differences);
        firedRules = List.copyOf(firedRules);
    }

    public boolean passed() {
        return differences.isEmpty();
    }

    /** {@code FILE:LINE: "NAME": difference; difference}: the line {@code rules test} prints for a failure. */
    public String describe() {
        return scenario.location() + ": \"" + scenario.name() + "\": " + String.join("; ", differences);
    }
}
