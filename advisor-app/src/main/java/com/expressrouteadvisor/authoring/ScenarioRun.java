package com.expressrouteadvisor.authoring;

import java.util.List;

/** The results of running a set of scenarios, in the order the scenarios were read. */
public record ScenarioRun(List<ScenarioResult> results) {

    public ScenarioRun {
        results = List.copyOf(results);
    }

    public long passed() {
        return results.stream().filter(ScenarioResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    public List<ScenarioResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** {@code N passed, N failed}: the last line of {@code rules test}. */
    public String summary() {
        return passed() + " passed, " + failed() + " failed";
    }
}
