package com.expressrouteadvisor.reference;

import com.expressrouteadvisor.profile.GatewaySku;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ExpressRoute virtual network gateways as data: throughput, circuits and FastPath per SKU
 * (gateway-skus.csv: GW-SKU, FASTPATH, RES-ZONE-GW, ROUTE-MULTI-CIRCUIT) and the GatewaySubnet size per number
 * of circuits (gateway-subnets.csv: GW-SUBNET). Rules reach it through the global {@code gateways}. Immutable.
 *
 * <pre>{@code
 * Customer( gatewaySku != null, bandwidthMbps != null,
 *           gateways.throughputMbps(gatewaySku, gatewayScaleUnits) < bandwidthMbps )
 * }</pre>
 * A question the data cannot answer — an {@code ERGW_SCALE} gateway without its scale units, or with more units
 * than the table lists — gets {@code null} (or {@code false} from the {@code is…} tests), so a rule never flags
 * what it cannot know.
 */
public final class GatewayCatalog {

    private final List<GatewaySkuLimits> skus;
    private final List<GatewaySubnetRequirement> subnets;

    public GatewayCatalog(List<GatewaySkuLimits> skus, List<GatewaySubnetRequirement> subnets) {
        this.skus = List.copyOf(skus);
        List<GatewaySubnetRequirement> sorted = new ArrayList<>(subnets);
        sorted.sort(Comparator.comparingInt(GatewaySubnetRequirement::fromCircuits));
        this.subnets = List.copyOf(sorted);
    }

    public static GatewayCatalog load(Path skuCsv, Path subnetCsv) {
        List<GatewaySkuLimits> skus = new ArrayList<>();
        for (Map<String, String> row : CsvTable.read(skuCsv, "sku", "scale_units", "zone_redundant", "throughput_mbps",
                "throughput_per", "max_circuits", "max_circuits_per_peering_location", "fastpath")) {
            GatewaySku sku = sku(skuCsv, row.get("sku"));
            String per = row.get("throughput_per");
            if (!per.equals("gateway") && !per.equals("scale_unit")) {
                throw new ReferenceDataException(skuCsv + ": throughput_per must be gateway or scale_unit, got '"
                        + per + "'");
            }
            int[] units = per.equals("scale_unit") ? range(skuCsv, row.get("scale_units")) : new int[] {0, 0};
            skus.add(new GatewaySkuLimits(sku, units[0], units[1], yes(skuCsv, row, "zone_redundant"),
                    number(skuCsv, row, "throughput_mbps"), per.equals("scale_unit"), number(skuCsv, row, "max_circuits"),
                    number(skuCsv, row, "max_circuits_per_peering_location"), yes(skuCsv, row, "fastpath")));
        }
        Set<GatewaySku> described = EnumSet.noneOf(GatewaySku.class);
        skus.forEach(limits -> described.add(limits.sku()));
        if (described.size() != GatewaySku.values().length) {
            throw new ReferenceDataException(skuCsv + ": needs rows for every gateway SKU " + List.of(GatewaySku.values()));
        }
        List<GatewaySubnetRequirement> subnets = new ArrayList<>();
        for (Map<String, String> row : CsvTable.read(subnetCsv, "from_circuits", "largest_prefix_length",
                "requirement")) {
            String requirement = row.get("requirement");
            if (!requirement.equals("required") && !requirement.equals("recommended")) {
                throw new ReferenceDataException(subnetCsv + ": requirement must be required or recommended, got '"
                        + requirement + "'");
            }
            subnets.add(new GatewaySubnetRequirement(number(subnetCsv, row, "from_circuits"),
                    number(subnetCsv, row, "largest_prefix_length"), requirement.equals("required")));
        }
        if (subnets.isEmpty()) {
            throw new ReferenceDataException(subnetCsv + ": has no rows");
        }
        return new GatewayCatalog(skus, subnets);
    }

    /** What the gateway carries in Mbps, or null when the SKU's size is not known. */
    public Integer throughputMbps(GatewaySku sku, Integer scaleUnits) {
        GatewaySkuLimits limits = find(sku, scaleUnits);
        return limits == null ? null : limits.throughputMbps(scaleUnits);
    }

    /** How many circuits the gateway connects, or null when the SKU's size is not known. */
    public Integer maxCircuits(GatewaySku sku, Integer scaleUnits) {
        GatewaySkuLimits limits = find(sku, scaleUnits);
        return limits == null ? null : limits.maxCircuits();
    }

    /** How many circuits from one peering location may connect to one virtual network, on any gateway. */
    public int maxCircuitsPerPeeringLocation() {
        return skus.stream().mapToInt(GatewaySkuLimits::maxCircuitsPerPeeringLocation).min().orElseThrow();
    }

    /** Whether the gateway is known not to support FastPath (false when it does or its size is unknown). */
    public boolean lacksFastPath(GatewaySku sku, Integer scaleUnits) {
        GatewaySkuLimits limits = find(sku, scaleUnits);
        return limits != null && !limits.fastPath();
    }

    /** Whether the gateway is known to support FastPath. */
    public boolean supportsFastPath(GatewaySku sku, Integer scaleUnits) {
        GatewaySkuLimits limits = find(sku, scaleUnits);
        return limits != null && limits.fastPath();
    }

    /** Whether the SKU can be deployed zone-redundant (RES-ZONE-GW). */
    public boolean zoneRedundant(GatewaySku sku) {
        return sku != null && skus.stream().anyMatch(l -> l.sku() == sku && l.zoneRedundant());
    }

    /** Whether the SKU is sized in scale units, so its limits depend on {@code azure.gateway.scaleUnits}. */
    public boolean sizedByScaleUnits(GatewaySku sku) {
        return sku != null && skus.stream().anyMatch(l -> l.sku() == sku && l.throughputPerScaleUnit());
    }

    /** Whether the scale units lie outside every band the table lists for the SKU (e.g. above the maximum). */
    public boolean scaleUnitsOutOfRange(GatewaySku sku, Integer scaleUnits) {
        return sizedByScaleUnits(sku) && scaleUnits != null && find(sku, scaleUnits) == null;
    }

    /**
     * The smallest zone-redundant fixed-size SKU that carries the bandwidth and connects the circuits, or null when
     * none does. Only zone-redundant SKUs are proposed: Microsoft advises them (RES-ZONE-GW) and migrates the others
     * to them.
     */
    public GatewaySku smallestSkuCarrying(int bandwidthMbps, Integer circuits) {
        return skus.stream()
                .filter(l -> !l.throughputPerScaleUnit() && l.zoneRedundant())
                .filter(l -> l.throughputMbps() >= bandwidthMbps && (circuits == null || l.maxCircuits() >= circuits))
                .min(Comparator.comparingInt(GatewaySkuLimits::throughputMbps))
                .map(GatewaySkuLimits::sku).orElse(null);
    }

    /**
     * The zone-redundant fixed-size SKU that carries at least what the SKU carries (ErGw1Az for Standard), the
     * target of Microsoft's migration to zone-redundant gateways; null when none does.
     */
    public GatewaySku zoneRedundantEquivalent(GatewaySku sku) {
        GatewaySkuLimits current = find(sku, null);
        if (current == null) {
            return null;
        }
        return skus.stream()
                .filter(l -> !l.throughputPerScaleUnit() && l.zoneRedundant())
                .filter(l -> l.throughputMbps() >= current.throughputMbps() && l.maxCircuits() >= current.maxCircuits())
                .min(Comparator.comparingInt(GatewaySkuLimits::throughputMbps))
                .map(GatewaySkuLimits::sku).orElse(null);
    }

    /** The fewest scale units with which a scalable gateway carries the bandwidth, or null when none suffice. */
    public Integer scaleUnitsCarrying(int bandwidthMbps) {
        for (GatewaySkuLimits limits : skus) {
            if (!limits.throughputPerScaleUnit()) {
                continue;
            }
            int units = Math.max(limits.fromScaleUnits(),
                    (bandwidthMbps + limits.throughputMbps() - 1) / limits.throughputMbps());
            if (units <= limits.toScaleUnits()) {
                return units;
            }
        }
        return null;
    }

    /** The fewest scale units with which a scalable gateway supports FastPath, or null when it never does. */
    public Integer scaleUnitsForFastPath() {
        return skus.stream().filter(l -> l.throughputPerScaleUnit() && l.fastPath())
                .map(GatewaySkuLimits::fromScaleUnits).min(Integer::compare).orElse(null);
    }

    /** The fixed-size SKUs that support FastPath, joined for messages as Azure names them: "UltraPerformance, ErGw3AZ". */
    public String fastPathSkus() {
        return String.join(", ", skus.stream().filter(l -> !l.throughputPerScaleUnit() && l.fastPath())
                .map(l -> l.sku().azureName()).toList());
    }

    /**
     * The requirement a GatewaySubnet of that prefix length misses for that many circuits (unknown circuits:
     * the requirement that applies to any gateway): the strictest one, a documented "must" before a
     * recommendation, or null when it meets them all.
     */
    public GatewaySubnetRequirement subnetShortfall(Integer prefixLength, Integer circuits) {
        if (prefixLength == null) {
            return null;
        }
        GatewaySubnetRequirement missed = null;
        for (GatewaySubnetRequirement requirement : subnets) {
            boolean applies = requirement.fromCircuits() <= (circuits == null ? 1 : circuits);
            if (applies && prefixLength > requirement.largestPrefixLength()
                    && (missed == null || requirement.required() || !missed.required())) {
                missed = requirement;
            }
        }
        return missed;
    }

    private GatewaySkuLimits find(GatewaySku sku, Integer scaleUnits) {
        if (sku == null) {
            return null;
        }
        for (GatewaySkuLimits limits : skus) {
            if (limits.sku() == sku && limits.covers(scaleUnits)) {
                return limits;
            }
        }
        return null;
    }

    private static GatewaySku sku(Path file, String value) {
        try {
            return GatewaySku.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReferenceDataException(file + ": unknown gateway SKU '" + value + "', expected one of "
                    + List.of(GatewaySku.values()));
        }
    }

    private static int[] range(Path file, String value) {
        String[] bounds = value.split("-", -1);
        try {
            int from = Integer.parseInt(bounds[0].trim());
            int to = Integer.parseInt(bounds[bounds.length - 1].trim());
            if (bounds.length > 2 || from < 1 || to < from) {
                throw new NumberFormatException();
            }
            return new int[] {from, to};
        } catch (NumberFormatException e) {
            throw new ReferenceDataException(file + ": scale_units must be a number or a range such as 2-9, got '"
                    + value + "'");
        }
    }

    private static boolean yes(Path file, Map<String, String> row, String column) {
        String value = row.get(column);
        if (!value.equals("yes") && !value.equals("no")) {
            throw new ReferenceDataException(file + ": " + column + " must be yes or no, got '" + value + "'");
        }
        return value.equals("yes");
    }

    private static int number(Path file, Map<String, String> row, String column) {
        try {
            return Integer.parseInt(row.get(column));
        } catch (NumberFormatException e) {
            throw new ReferenceDataException(file + ": " + column + " must be a whole number, got '" + row.get(column)
                    + "'");
        }
    }
}
