package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One customer profile as it arrives (CONTRACT §3, with the additions of profile version 2 in §8). Every
 * field but {@code id} may be null, which means unknown, not false. Built only through {@link ProfileParser},
 * which rejects unknown fields, wrong types and impossible values.
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
                              Security security,
                              Interconnect interconnect,
                              ExistingCircuit existingCircuit) {

    public record Connectivity(Boolean colocatedAtCloudExchange,
                               String cloudExchangeProvider,
                               Boolean hasMplsWan,
                               String wanProvider,
                               Boolean needsPointToPoint,
                               String ethernetProvider,
                               String peeringLocation,
                               Integer bandwidthMbps,
                               Billing billing) {
    }

    public record Routing(Boolean bgpCapable,
                          Long asn,
                          Integer edgeRouters,
                          Integer privatePrefixes,
                          Integer microsoftPrefixes,
                          Integer privatePrefixesIpv6,
                          Boolean advertisesDefaultRoute,
                          Boolean bfdEnabled,
                          FirstHopRedundancy firstHopRedundancy,
                          Boolean microsoftPrefixesAlsoOnInternet) {
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

    public record Azure(List<String> regions,
                        List<String> vnetAddressSpaces,
                        Integer vnetLinks,
                        Sku sku,
                        AzureCloud cloud,
                        Gateway gateway,
                        Integer prefixesAdvertisedToOnPremises) {
    }

    /**
     * The ExpressRoute virtual network gateway the circuits connect to. {@code scaleUnits} sizes an
     * {@code ERGW_SCALE} gateway (an addition to CONTRACT §8, see docs/contract.md).
     */
    public record Gateway(GatewaySku sku,
                          Integer scaleUnits,
                          Boolean zoneRedundant,
                          Integer subnetPrefixLength,
                          Integer circuitsPerVnet,
                          Boolean fastPath,
                          Boolean privateEndpointsOverFastPath) {
    }

    public record Workloads(Boolean microsoft365,
                            Boolean microsoft365Authorized,
                            Boolean dynamics365,
                            Boolean realtimeMedia,
                            Boolean dscpMarking) {
    }

    /** {@code peeringLocationNames}: where the circuits land, one name per circuit. */
    public record Resilience(Integer circuits,
                             Integer peeringLocations,
                             Boolean metro,
                             Boolean production,
                             List<String> peeringLocationNames) {
    }

    public record Security(Boolean encryptionRequired, Encryption encryption) {
    }

    public record Interconnect(Boolean globalReach, Boolean vpnBackup, Boolean vpnExpressRouteTransit) {
    }

    /** A circuit the customer already has, for upgrades. */
    public record ExistingCircuit(Integer bandwidthMbps, Sku sku, Billing billing) {
    }
}
