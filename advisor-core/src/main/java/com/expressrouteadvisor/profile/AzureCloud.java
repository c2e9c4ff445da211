package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The Azure cloud the customer's regions are in (profile {@code azure.cloud}). The clouds are isolated: a
 * circuit in one cannot reach another's regions, and Premium does not cross them (fact NATIONAL).
 */
public enum AzureCloud {
    AZURE("Azure"),
    AZURE_US_GOVERNMENT("Azure US Government"),
    AZURE_CHINA("Azure China");

    private final String azureName;

    AzureCloud(String azureName) {
        this.azureName = azureName;
    }

    /** The cloud as Microsoft names it (and as the profile may write it): what advice texts show. */
    public String azureName() {
        return azureName;
    }

    @JsonCreator
    public static AzureCloud of(String text) {
        return EnumNames.parse(AzureCloud.class, text);
    }
}
