package com.expressrouteadvisor.reference;

import com.expressrouteadvisor.profile.AzureCloud;

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

    /** The cloud a profile's {@code azure.cloud} names. */
    public static Cloud of(AzureCloud cloud) {
        return switch (cloud) {
            case AZURE -> GLOBAL;
            case AZURE_US_GOVERNMENT -> US_GOVERNMENT;
            case AZURE_CHINA -> CHINA;
        };
    }

    /** The name a profile's {@code azure.cloud} gives this cloud. */
    public AzureCloud azureCloud() {
        return switch (this) {
            case GLOBAL -> AzureCloud.AZURE;
            case US_GOVERNMENT -> AzureCloud.AZURE_US_GOVERNMENT;
            case CHINA -> AzureCloud.AZURE_CHINA;
        };
    }

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
