package com.expressrouteadvisor.profile;

/** ExpressRoute circuit SKU (facts SKU-LOCAL, SKU-STANDARD, SKU-PREMIUM). */
public enum Sku {
    LOCAL,
    STANDARD,
    PREMIUM
}
