package com.expressrouteadvisor.profile;

import java.util.List;

/**
 * The customer as the rules see it: the profile flattened into one fact, so a rule reads
 * {@code Customer( bgpCapable == false )} instead of walking nested objects that may be missing.
 * A null field means unknown; in DRL {@code bgpCapable == false} does not match an unknown value,
 * {@code bgpCapable == null} does. The profile path of each field is in docs/rule-vocabulary.md.
 *
 * <p>{@code resilience.peeringLocationNames}, when given, decides three fields: {@code peeringLocationNames}
 * holds the distinct names (case, spacing and accents do not count, the first spelling is kept),
 * {@code peeringLocations} their number, and {@code peeringLocation} the first of them when
 * {@code connectivity.peeringLocation} is not given.
 */
public record Customer(String id,
                       String name,
                       Boolean azureSubscription,
                       // connectivity.*
                       Boolean colocatedAtCloudExchange,
                       String cloudExchangeProvider,
                       Boolean hasMplsWan,
                       String wanProvider,
                       Boolean needsPointToPoint,
                       String ethernetProvider,
                       String peeringLocation,
                       Integer bandwidthMbps,
                       // routing.*
                       Boolean bgpCapable,
                       Long asn,
                       Integer edgeRouters,
                       Integer privatePrefixes,
                       Integer microsoftPrefixes,
                       // peerings.*
                       Boolean privatePeeringEnabled,
                       List<String> privatePeeringSubnets,
                       Boolean microsoftPeeringEnabled,
                       List<String> microsoftPeeringSubnets,
                       Boolean natPlanned,
                       Boolean natPoolPublic,
                       Boolean publicPrefixesOwned,
                       Boolean azurePublicPeeringEnabled,
                       // azure.*
                       List<String> regions,
                       List<String> vnetAddressSpaces,
                       Integer vnetLinks,
                       Sku sku,
                       // workloads.*
                       Boolean microsoft365,
                       Boolean microsoft365Authorized,
                       Boolean dynamics365,
                       Boolean realtimeMedia,
                       Boolean dscpMarking,
                       // resilience.*
                       Integer circuits,
                       Integer peeringLocations,
                       Boolean metro,
                       Boolean production,
                       // security.*
                       Boolean encryptionRequired,
                       // profile version 2 (CONTRACT §8)
                       // connectivity.billing
                       Billing billing,
                       // routing.*
                       Integer privatePrefixesIpv6,
                       Boolean advertisesDefaultRoute,
                       Boolean bfdEnabled,
                       FirstHopRedundancy firstHopRedundancy,
                       Boolean microsoftPrefixesAlsoOnInternet,
                       // azure.*
                       AzureCloud cloud,
                       Integer prefixesAdvertisedToOnPremises,
                       // azure.gateway.*
                       GatewaySku gatewaySku,
                       Integer gatewayScaleUnits,
                       Boolean gatewayZoneRedundant,
                       Integer gatewaySubnetPrefixLength,
                       Integer circuitsPerVnet,
                       Boolean fastPath,
                       Boolean privateEndpointsOverFastPath,
                       // interconnect.*
                       Boolean globalReach,
                       Boolean vpnBackup,
                       Boolean vpnExpressRouteTransit,
                       // security.encryption
                       Encryption encryption,
                       // resilience.peeringLocationNames, distinct
                       List<String> peeringLocationNames,
                       // existingCircuit.*
                       Integer existingCircuitBandwidthMbps,
                       Sku existingCircuitSku,
                       Billing existingCircuitBilling) {

    /**
     * The circuits' peering locations other than {@link #peeringLocation()}, which the rules check already:
     * what a rule iterates to check every circuit's location ({@code String() from $c.additionalPeeringLocations()}).
     */
    public List<String> additionalPeeringLocations() {
        if (peeringLocationNames == null) {
            return List.of();
        }
        return peeringLocation == null ? peeringLocationNames
                : PeeringLocationNames.without(peeringLocationNames, peeringLocation);
    }

    public static Customer from(CustomerProfile p) {
        // Plain null checks rather than Optional chains: this runs once per customer in every batch.
        var c = p.connectivity();
        var r = p.routing();
        var peerings = p.peerings();
        var priv = peerings == null ? null : peerings.privatePeering();
        var ms = peerings == null ? null : peerings.microsoft();
        var pub = peerings == null ? null : peerings.azurePublic();
        var a = p.azure();
        var w = p.workloads();
        var res = p.resilience();
        var s = p.security();
        var g = a == null ? null : a.gateway();
        var i = p.interconnect();
        var e = p.existingCircuit();
        List<String> names = res == null ? null : PeeringLocationNames.distinct(res.peeringLocationNames());
        String location = c == null ? null : c.peeringLocation();
        if (location == null && names != null && !names.isEmpty()) {
            location = names.get(0);
        }
        return new Customer(p.id(), p.name(), p.azureSubscription(),
                c == null ? null : c.colocatedAtCloudExchange(),
                c == null ? null : c.cloudExchangeProvider(),
                c == null ? null : c.hasMplsWan(),
                c == null ? null : c.wanProvider(),
                c == null ? null : c.needsPointToPoint(),
                c == null ? null : c.ethernetProvider(),
                location,
                c == null ? null : c.bandwidthMbps(),
                r == null ? null : r.bgpCapable(),
                r == null ? null : r.asn(),
                r == null ? null : r.edgeRouters(),
                r == null ? null : r.privatePrefixes(),
                r == null ? null : r.microsoftPrefixes(),
                priv == null ? null : priv.enabled(),
                priv == null ? null : priv.subnets(),
                ms == null ? null : ms.enabled(),
                ms == null ? null : ms.subnets(),
                ms == null ? null : ms.natPlanned(),
                ms == null ? null : ms.natPoolPublic(),
                ms == null ? null : ms.publicPrefixesOwned(),
                pub == null ? null : pub.enabled(),
                a == null ? null : a.regions(),
                a == null ? null : a.vnetAddressSpaces(),
                a == null ? null : a.vnetLinks(),
                a == null ? null : a.sku(),
                w == null ? null : w.microsoft365(),
                w == null ? null : w.microsoft365Authorized(),
                w == null ? null : w.dynamics365(),
                w == null ? null : w.realtimeMedia(),
                w == null ? null : w.dscpMarking(),
                res == null ? null : res.circuits(),
                names != null ? Integer.valueOf(names.size()) : res == null ? null : res.peeringLocations(),
                res == null ? null : res.metro(),
                res == null ? null : res.production(),
                s == null ? null : s.encryptionRequired(),
                c == null ? null : c.billing(),
                r == null ? null : r.privatePrefixesIpv6(),
                r == null ? null : r.advertisesDefaultRoute(),
                r == null ? null : r.bfdEnabled(),
                r == null ? null : r.firstHopRedundancy(),
                r == null ? null : r.microsoftPrefixesAlsoOnInternet(),
                a == null ? null : a.cloud(),
                a == null ? null : a.prefixesAdvertisedToOnPremises(),
                g == null ? null : g.sku(),
                g == null ? null : g.scaleUnits(),
                g == null ? null : g.zoneRedundant(),
                g == null ? null : g.subnetPrefixLength(),
                g == null ? null : g.circuitsPerVnet(),
                g == null ? null : g.fastPath(),
                g == null ? null : g.privateEndpointsOverFastPath(),
                i == null ? null : i.globalReach(),
                i == null ? null : i.vpnBackup(),
                i == null ? null : i.vpnExpressRouteTransit(),
                s == null ? null : s.encryption(),
                names,
                e == null ? null : e.bandwidthMbps(),
                e == null ? null : e.sku(),
                e == null ? null : e.billing());
    }

}
