package com.expressrouteadvisor.advice;

import java.util.Locale;

/**
 * What the answer to an open question decides, as the rule that asks says so: the connectivity model or the
 * layer. While such a question is open and nothing blocks, the customer is {@link Readiness#INCOMPLETE}.
 */
public enum Decides {
    MODEL,
    LAYER;

    /** {@code "model"} or {@code "layer"}, in any case, as the rule sentences write it. */
    public static Decides of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
