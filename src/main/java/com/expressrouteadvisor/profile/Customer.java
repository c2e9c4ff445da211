package com.expressrouteadvisor.profile;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
        var c = Optional.ofNullable(p.connectivity());
        var r = Optional.ofNullable(p.routing());
        var peerings = Optional.ofNullable(p.peerings());
        var priv = peerings.map(CustomerProfile.Peerings::privatePeering);
        var ms = peerings.map(CustomerProfile.Peerings::microsoft);
        var pub = peerings.map(CustomerProfile.Peerings::azurePublic);
        var a = Optional.ofNullable(p.azure());
        var w = Optional.ofNullable(p.workloads());
        var res = Optional.ofNullable(p.resilience());
        var s = Optional.ofNullable(p.security());
        return new Customer(p.id(), p.name(), p.azureSubscription(),
                get(c, CustomerProfile.Connectivity::colocatedAtCloudExchange),
                get(c, CustomerProfile.Connectivity::cloudExchangeProvider),
                get(c, CustomerProfile.Connectivity::hasMplsWan),
                get(c, CustomerProfile.Connectivity::wanProvider),
                get(c, CustomerProfile.Connectivity::needsPointToPoint),
                get(c, CustomerProfile.Connectivity::ethernetProvider),
                get(c, CustomerProfile.Connectivity::peeringLocation),
                get(c, CustomerProfile.Connectivity::bandwidthMbps),
                get(r, CustomerProfile.Routing::bgpCapable),
                get(r, CustomerProfile.Routing::asn),
                get(r, CustomerProfile.Routing::edgeRouters),
                get(r, CustomerProfile.Routing::privatePrefixes),
                get(r, CustomerProfile.Routing::microsoftPrefixes),
                get(priv, CustomerProfile.PrivatePeering::enabled),
                get(priv, CustomerProfile.PrivatePeering::subnets),
                get(ms, CustomerProfile.MicrosoftPeering::enabled),
                get(ms, CustomerProfile.MicrosoftPeering::subnets),
                get(ms, CustomerProfile.MicrosoftPeering::natPlanned),
                get(ms, CustomerProfile.MicrosoftPeering::natPoolPublic),
                get(ms, CustomerProfile.MicrosoftPeering::publicPrefixesOwned),
                get(pub, CustomerProfile.AzurePublicPeering::enabled),
                get(a, CustomerProfile.Azure::regions),
                get(a, CustomerProfile.Azure::vnetAddressSpaces),
                get(a, CustomerProfile.Azure::vnetLinks),
                get(a, CustomerProfile.Azure::sku),
                get(w, CustomerProfile.Workloads::microsoft365),
                get(w, CustomerProfile.Workloads::microsoft365Authorized),
                get(w, CustomerProfile.Workloads::dynamics365),
                get(w, CustomerProfile.Workloads::realtimeMedia),
                get(w, CustomerProfile.Workloads::dscpMarking),
                get(res, CustomerProfile.Resilience::circuits),
                get(res, CustomerProfile.Resilience::peeringLocations),
                get(res, CustomerProfile.Resilience::metro),
                get(res, CustomerProfile.Resilience::production),
                get(s, CustomerProfile.Security::encryptionRequired));
    }

    private static <T, V> V get(Optional<T> section, Function<T, V> field) {
        return section.map(field).orElse(null);
    }
}
