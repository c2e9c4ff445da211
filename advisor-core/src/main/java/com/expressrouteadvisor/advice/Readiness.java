package com.expressrouteadvisor.advice;

import java.util.Collection;

/**
 * Overall verdict for one customer (CONTRACT §4), declared from worst to best, so the natural order and
 * {@link #worst} follow BLOCKED &lt; INCOMPLETE &lt; READY_WITH_WARNINGS &lt; READY.
 * <ul>
 * <li>{@code BLOCKED}: a gap is a BLOCKER;</li>
 * <li>{@code INCOMPLETE}: nothing blocks, but an open question decides the model or the layer;</li>
 * <li>{@code READY_WITH_WARNINGS}: a gap is a WARNING;</li>
 * <li>{@code READY}: nothing of the above (INFO gaps never change readiness).</li>
 * </ul>
 */
public enum Readiness {
    BLOCKED,
    INCOMPLETE,
    READY_WITH_WARNINGS,
    READY;

    public static Readiness of(Collection<Severity> severities, boolean openDecision) {
        if (severities.contains(Severity.BLOCKER)) {
            return BLOCKED;
        }
        if (openDecision) {
            return INCOMPLETE;
        }
        return severities.contains(Severity.WARNING) ? READY_WITH_WARNINGS : READY;
    }

    /** The worse of two verdicts. */
    public Readiness worst(Readiness other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
