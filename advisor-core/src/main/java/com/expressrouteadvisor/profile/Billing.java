package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A circuit's data plan (profile {@code connectivity.billing}, {@code existingCircuit.billing}; fact BILLING). */
public enum Billing {
    METERED,
    UNLIMITED;

    @JsonCreator
    public static Billing of(String text) {
        return EnumNames.parse(Billing.class, text);
    }
}
