package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The Azure cloud the customer's regions are in (profile {@code azure.cloud}). The clouds are isolated: a
 * circuit in one cannot reach another's regions, and Premium does not cross them (fact NATIONAL).
 */
public enum AzureCloud {
    AZURE,
    AZURE_US_GOVERNMENT,
    AZURE_CHINA;

    @JsonCreator
    public static AzureCloud of(String text) {
        return EnumNames.parse(AzureCloud.class, text);
    }
}
