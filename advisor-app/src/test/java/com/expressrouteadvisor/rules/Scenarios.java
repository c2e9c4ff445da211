package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.engine.Advisor;

/** One advisor built from the repository's rules, shared by the tests of a class through {@link AdvisorExtension}. */
public final class Scenarios implements AutoCloseable {

    private final Advisor advisor;

    Scenarios(Advisor advisor) {
        this.advisor = advisor;
    }

    public Advisor advisor() {
        return advisor;
    }

    @Override
    public void close() {
        advisor.close();
    }
}
