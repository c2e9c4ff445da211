package com.expressrouteadvisor.advice;

import java.util.Collection;

/** Overall verdict for one customer, derived from the severities of its gaps (CONTRACT §4). */
public enum Readiness {
    READY,
    READY_WITH_WARNINGS,
    BLOCKED;

    public static Readiness of(Collection<Severity> severities) {
        if (severities.contains(Severity.BLOCKER)) {
            return BLOCKED;
        }
        return severities.contains(Severity.WARNING) ? READY_WITH_WARNINGS : READY;
    }
}
