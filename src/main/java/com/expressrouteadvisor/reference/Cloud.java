package com.expressrouteadvisor.reference;

import java.util.Locale;

/**
 * The Azure cloud a geopolitical region belongs to. National clouds are isolated: a circuit cannot reach
 * across clouds and Premium does not cover them (fact NATIONAL). The reference data names the national
 * geopolitical regions "US Government cloud", "China North" and "China East".
 */
public enum Cloud {
    GLOBAL,
    US_GOVERNMENT,
    CHINA;

    public static Cloud of(String geopoliticalRegion) {
        String name = geopoliticalRegion == null ? "" : geopoliticalRegion.toLowerCase(Locale.ROOT);
        if (name.startsWith("us government")) {
            return US_GOVERNMENT;
        }
        if (name.startsWith("china")) {
            return CHINA;
        }
        return GLOBAL;
    }
}
