package com.expressrouteadvisor.reference;

import com.expressrouteadvisor.profile.Sku;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * ExpressRoute limits as data: prefixes the customer may advertise per peering, address family and SKU
 * (prefix-limits.csv: ROUTE-LIMIT-PRIVATE, ROUTE-LIMIT-MS), VNet links per SKU and circuit bandwidth
 * (vnet-links.csv: SKU-VNET-LINKS), the prefixes a gateway may advertise to on-premises (gateway-limits.csv:
 * ROUTE-GW-ADVERT) and the most a VPN gateway carries as IPsec (gateway-limits.csv: ENC-IPSEC). Rules reach it
 * through the global {@code limits}. Immutable.
 *
 * <pre>{@code
 * Customer( sku != null, privatePrefixes > limits.prefixLimit(Peering.PRIVATE, AddressFamily.IPV4, sku) )
 * }</pre>
 * Where a SKU is not known yet ({@code null}), the most lenient SKU's limit is returned: a count above it is
 * too many on every SKU.
 */
public final class LimitCatalog {

    public static final List<Peering> PEERINGS = List.of(Peering.values());
    public static final List<AddressFamily> FAMILIES = List.of(AddressFamily.values());
    static final String PREFIXES_TO_ON_PREMISES = "prefixes_to_on_premises";
    static final String VPN_GATEWAY_IPSEC_THROUGHPUT = "vpn_gateway_ipsec_throughput_mbps";
    private static final String ANY_FAMILY = "any";

    /** A peering's and address family's limits by SKU, with the most lenient SKU worked out once. */
    private record PrefixLimits(Map<Sku, Integer> bySku, Sku mostLenient) {

        static PrefixLimits of(Map<Sku, Integer> bySku) {
            Sku best = Sku.values()[0];
            for (Sku sku : Sku.values()) {
                if (bySku.getOrDefault(sku, Integer.MIN_VALUE) > bySku.getOrDefault(best, Integer.MIN_VALUE)) {
                    best = sku;
                }
            }
            return new PrefixLimits(new EnumMap<>(bySku), best);
        }
    }

    /**
     * Looked up by the enums the rules pass: the rules ask for limits several times per customer, and building and
     * hashing a text key on every call made these look-ups a noticeable part of a batch run's compiled code.
     */
    private final Map<Peering, Map<AddressFamily, PrefixLimits>> prefixLimits = new EnumMap<>(Peering.class);
    private final Map<Sku, NavigableMap<Integer, Integer>> vnetLinks;
    private final Map<Sku, Integer> mostVnetLinks = new EnumMap<>(Sku.class);
    private final Map<AddressFamily, Integer> gatewayPrefixLimits = new EnumMap<>(AddressFamily.class);
    private final Integer vpnGatewayIpsecThroughputMbps;

    public LimitCatalog(Map<String, Map<Sku, Integer>> prefixLimits, Map<Sku, NavigableMap<Integer, Integer>> vnetLinks,
                        Map<String, Integer> gatewayLimits) {
        for (Peering peering : PEERINGS) {
            Map<AddressFamily, PrefixLimits> byFamily = new EnumMap<>(AddressFamily.class);
            for (AddressFamily family : FAMILIES) {
                Map<Sku, Integer> bySku = prefixLimits.get(key(peering.key(), family.key()));
                if (bySku != null && !bySku.isEmpty()) {
                    byFamily.put(family, PrefixLimits.of(bySku));
                }
            }
            this.prefixLimits.put(peering, byFamily);
        }
        this.vnetLinks = Map.copyOf(vnetLinks);
        vnetLinks.forEach((sku, table) -> table.values().stream().max(Integer::compare)
                .ifPresent(most -> mostVnetLinks.put(sku, most)));
        for (AddressFamily family : FAMILIES) {
            Integer limit = gatewayLimits.get(key(PREFIXES_TO_ON_PREMISES, family.key()));
            if (limit != null) {
                gatewayPrefixLimits.put(family, limit);
            }
        }
        this.vpnGatewayIpsecThroughputMbps = gatewayLimits.get(key(VPN_GATEWAY_IPSEC_THROUGHPUT, ANY_FAMILY));
    }

    public static LimitCatalog load(Path prefixCsv, Path vnetLinksCsv, Path gatewayCsv) {
        Map<String, Map<Sku, Integer>> prefixes = new HashMap<>();
        for (Map<String, String> row : CsvTable.read(prefixCsv, "peering", "address_family", "sku", "max_prefixes")) {
            String key = key(row.get("peering"), row.get("address_family"));
            prefixes.computeIfAbsent(key, k -> new EnumMap<>(Sku.class))
                    .put(sku(prefixCsv, row.get("sku")), number(prefixCsv, row, "max_prefixes"));
        }
        for (Peering peering : PEERINGS) {
            for (AddressFamily family : FAMILIES) {
                Map<Sku, Integer> bySku = prefixes.get(key(peering.key(), family.key()));
                if (bySku == null || bySku.size() != Sku.values().length) {
                    throw new ReferenceDataException(prefixCsv + ": needs a row for every SKU of peering "
                            + peering.key() + " and address family " + family.key());
                }
            }
        }
        Map<Sku, NavigableMap<Integer, Integer>> links = new EnumMap<>(Sku.class);
        for (Map<String, String> row : CsvTable.read(vnetLinksCsv, "sku", "bandwidth_mbps", "max_vnet_links")) {
            links.computeIfAbsent(sku(vnetLinksCsv, row.get("sku")), k -> new TreeMap<>())
                    .put(number(vnetLinksCsv, row, "bandwidth_mbps"), number(vnetLinksCsv, row, "max_vnet_links"));
        }
        if (links.size() != Sku.values().length) {
            throw new ReferenceDataException(vnetLinksCsv + ": needs rows for every SKU " + List.of(Sku.values()));
        }
        Map<String, Integer> gateway = new HashMap<>();
        for (Map<String, String> row : CsvTable.read(gatewayCsv, "limit", "address_family", "max")) {
            gateway.put(key(row.get("limit"), row.get("address_family")), number(gatewayCsv, row, "max"));
        }
        for (AddressFamily family : FAMILIES) {
            if (!gateway.containsKey(key(PREFIXES_TO_ON_PREMISES, family.key()))) {
                throw new ReferenceDataException(gatewayCsv + ": needs a row " + PREFIXES_TO_ON_PREMISES + ","
                        + family.key());
            }
        }
        if (!gateway.containsKey(key(VPN_GATEWAY_IPSEC_THROUGHPUT, ANY_FAMILY))) {
            throw new ReferenceDataException(gatewayCsv + ": needs a row " + VPN_GATEWAY_IPSEC_THROUGHPUT + ","
                    + ANY_FAMILY);
        }
        return new LimitCatalog(prefixes, links, gateway);
    }

    /**
     * The most prefixes the customer may advertise on a peering for an address family on a SKU; with no SKU, the
     * most lenient SKU's limit. Every peering and family has its rows: {@link #load} refuses a table without.
     */
    public int prefixLimit(Peering peering, AddressFamily family, Sku sku) {
        PrefixLimits limits = prefixLimits.get(peering).get(family);
        return limits.bySku().get(sku != null ? sku : limits.mostLenient());
    }

    /** The SKU with the highest prefix limit (on a tie, the cheapest). */
    public Sku mostLenientSku(Peering peering, AddressFamily family) {
        return prefixLimits.get(peering).get(family).mostLenient();
    }

    /**
     * The most VNet links (Global Reach connections included) a circuit allows. With no SKU, Premium's (the
     * most lenient) figure; with no bandwidth, the SKU's best figure; a bandwidth between two rows of the table
     * takes the row below it.
     */
    public int vnetLinks(Sku sku, Integer bandwidthMbps) {
        Sku which = sku != null ? sku : Sku.PREMIUM;
        if (bandwidthMbps == null) {
            return mostVnetLinks.get(which);
        }
        NavigableMap<Integer, Integer> table = vnetLinks.get(which);
        Map.Entry<Integer, Integer> row = table.floorEntry(bandwidthMbps);
        return (row != null ? row : table.firstEntry()).getValue();
    }

    /** The smallest circuit bandwidth whose SKU allows {@code links} VNet links, or null when none does. */
    public Integer smallestBandwidthForVnetLinks(Sku sku, int links) {
        for (Map.Entry<Integer, Integer> row : vnetLinks.get(sku != null ? sku : Sku.PREMIUM).entrySet()) {
            if (row.getValue() >= links) {
                return row.getKey();
            }
        }
        return null;
    }

    /** The most prefixes of one address family a gateway connection may advertise to on-premises. */
    public int gatewayPrefixLimit(AddressFamily family) {
        return gatewayPrefixLimits.get(family);
    }

    /**
     * The most IPsec traffic, in Mbps, that the largest Azure VPN gateway carries (its aggregate throughput
     * benchmark): what encrypted traffic over private peering is bounded by whatever VPN gateway is chosen.
     */
    public int vpnGatewayIpsecThroughputMbps() {
        return vpnGatewayIpsecThroughputMbps;
    }

    private static String key(String a, String b) {
        return a.trim().toLowerCase(Locale.ROOT) + "/" + b.trim().toLowerCase(Locale.ROOT);
    }

    private static Sku sku(Path file, String value) {
        try {
            return Sku.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReferenceDataException(file + ": unknown SKU '" + value + "'; expected one of "
                    + List.of(Sku.values()));
        }
    }

    static int number(Path file, Map<String, String> row, String column) {
        try {
            return Integer.parseInt(row.get(column));
        } catch (NumberFormatException e) {
            throw new ReferenceDataException(file + ": column " + column + " must be a whole number, got '"
                    + row.get(column) + "' in row " + row);
        }
    }
}
