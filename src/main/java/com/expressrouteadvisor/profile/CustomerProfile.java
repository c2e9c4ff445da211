package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One customer profile as it arrives (CONTRACT §3). Every field but {@code id} may be null, which means
 * unknown, not false. Built only through {@link ProfileParser}, which rejects unknown fields and wrong types.
 */
public record CustomerProfile(String id,
                              String name,
                              Boolean azureSubscription,
                              Connectivity connectivity,
                              Routing routing,
                              Peerings peerings,
                              Azure azure,
                              Workloads workloads,
                              Resilience resilience,
                              Security security) {

    public record Connectivity(Boolean colocatedAtCloudExchange,
                               String cloudExchangeProvider,
                               Boolean hasMplsWan,
                               String wanProvider,
                               Boolean needsPointToPoint,
                               String ethernetProvider,
                               String peeringLocation,
                               Integer bandwidthMbps) {
    }

    public record Routing(Boolean bgpCapable,
                          Long asn,
                          Integer edgeRouters,
                          Integer privatePrefixes,
                          Integer microsoftPrefixes) {
    }

    public record Peerings(@JsonProperty("private") PrivatePeering privatePeering,
                           MicrosoftPeering microsoft,
                           AzurePublicPeering azurePublic) {
    }

    public record PrivatePeering(Boolean enabled, List<String> subnets) {
    }

    public record MicrosoftPeering(Boolean enabled,
                                   List<String> subnets,
                                   Boolean natPlanned,
                                   Boolean natPoolPublic,
                                   Boolean publicPrefixesOwned) {
    }

    public record AzurePublicPeering(Boolean enabled) {
    }

    public record Azure(List<String> regions, List<String> vnetAddressSpaces, Integer vnetLinks, Sku sku) {
    }

    public record Workloads(Boolean microsoft365,
                            Boolean microsoft365Authorized,
                            Boolean dynamics365,
                            Boolean realtimeMedia,
                            Boolean dscpMarking) {
    }

    public record Resilience(Integer circuits, Integer peeringLocations, Boolean metro, Boolean production) {
    }

    public record Security(Boolean encryptionRequired) {
    }
}
