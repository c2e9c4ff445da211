package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.annotation.JsonCreator;

/** ExpressRoute circuit SKU (facts SKU-LOCAL, SKU-STANDARD, SKU-PREMIUM). */
public enum Sku {
    LOCAL,
    STANDARD,
    PREMIUM;

    @JsonCreator
    public static Sku of(String text) {
        return EnumNames.parse(Sku.class, text);
    }
}
