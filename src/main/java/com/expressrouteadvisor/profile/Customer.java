package com.expressrouteadvisor.profile;

import java.util.List;

/**
 * The customer as the rules see it: the profile flattened into one fact, so a rule reads
 * {@code Customer( bgpCapable == false )} instead of walking nested objects that may be missing.
 * A null field means unknown; in DRL {@code bgpCapable == false} does not match an unknown value,
 * {@code bgpCapable == null} does. The profile path of each field is in docs/rule-vocabulary.md.
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
                       Boolean encryptionRequired) {

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
        return new Customer(p.id(), p.name(), p.azureSubscription(),
                c == null ? null : c.colocatedAtCloudExchange(),
                c == null ? null : c.cloudExchangeProvider(),
                c == null ? null : c.hasMplsWan(),
                c == null ? null : c.wanProvider(),
                c == null ? null : c.needsPointToPoint(),
                c == null ? null : c.ethernetProvider(),
                c == null ? null : c.peeringLocation(),
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
                res == null ? null : res.peeringLocations(),
                res == null ? null : res.metro(),
                res == null ? null : res.production(),
                s == null ? null : s.encryptionRequired());
    }

}
