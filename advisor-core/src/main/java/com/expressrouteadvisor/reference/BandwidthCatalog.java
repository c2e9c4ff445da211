package com.expressrouteadvisor.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The circuit bandwidths each connectivity model offers (bandwidths.csv: BW-PROVIDER, DIRECT-CIRCUITS) and
 * which ExpressRoute Direct port speeds carry each circuit size (direct-ports.csv). Models are named as in
 * CONTRACT §4 ({@code CLOUD_EXCHANGE_COLOCATION}, …, {@code EXPRESSROUTE_DIRECT}); a name the data does not
 * know is a bug in a rule and fails loudly. Rules reach it through the global {@code bandwidths}. Immutable.
 *
 * <pre>{@code
 * Customer( bandwidthMbps != null, bandwidths.beyondProviderCircuits(bandwidthMbps) )
 * }</pre>
 */
public final class BandwidthCatalog {

    public static final String DIRECT = "EXPRESSROUTE_DIRECT";

    private final Map<String, TreeSet<Integer>> byModel;
    private final NavigableMap<Integer, TreeSet<Integer>> circuitsByPort;

    public BandwidthCatalog(Map<String, ? extends Collection<Integer>> byModel,
                            Map<Integer, ? extends Collection<Integer>> circuitsByPort) {
        Map<String, TreeSet<Integer>> models = new LinkedHashMap<>();
        byModel.forEach((model, sizes) -> models.put(model, new TreeSet<>(sizes)));
        this.byModel = Map.copyOf(models);
        NavigableMap<Integer, TreeSet<Integer>> ports = new TreeMap<>();
        circuitsByPort.forEach((port, sizes) -> ports.put(port, new TreeSet<>(sizes)));
        this.circuitsByPort = Collections.unmodifiableNavigableMap(ports);
    }

    public static BandwidthCatalog load(Path bandwidthsCsv, Path directPortsCsv) {
        Map<String, List<Integer>> byModel = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTable.read(bandwidthsCsv, "model", "bandwidth_mbps")) {
            byModel.computeIfAbsent(row.get("model"), k -> new ArrayList<>())
                    .add(LimitCatalog.number(bandwidthsCsv, row, "bandwidth_mbps"));
        }
        if (!byModel.containsKey(DIRECT)) {
            throw new ReferenceDataException(bandwidthsCsv + ": has no rows for " + DIRECT);
        }
        Map<Integer, List<Integer>> ports = new TreeMap<>();
        for (Map<String, String> row : CsvTable.read(directPortsCsv, "port_gbps", "circuit_mbps")) {
            ports.computeIfAbsent(LimitCatalog.number(directPortsCsv, row, "port_gbps"), k -> new ArrayList<>())
                    .add(LimitCatalog.number(directPortsCsv, row, "circuit_mbps"));
        }
        return new BandwidthCatalog(byModel, ports);
    }

    /** Whether the model offers exactly this circuit bandwidth. */
    public boolean offers(String model, Integer bandwidthMbps) {
        return bandwidthMbps != null && sizes(model).contains(bandwidthMbps);
    }

    /** Whether the bandwidth is at most the model's largest circuit (a provider model stops at 10 Gbps). */
    public boolean withinRange(String model, Integer bandwidthMbps) {
        return bandwidthMbps != null && bandwidthMbps <= sizes(model).last();
    }

    /** Whether the bandwidth is above every provider model's largest circuit, so only Direct can carry it. */
    public boolean beyondProviderCircuits(Integer bandwidthMbps) {
        if (bandwidthMbps == null) {
            return false;
        }
        return byModel.entrySet().stream().filter(e -> !DIRECT.equals(e.getKey()))
                .allMatch(e -> bandwidthMbps > e.getValue().last());
    }

    /** The offered sizes in Mbps, smallest first. */
    public List<Integer> offered(String model) {
        return List.copyOf(sizes(model));
    }

    /** The offered sizes for a message, e.g. "50, 100, 200, 500, 1000, 2000, 5000, 10000". */
    public String describeOffered(String model) {
        return sizes(model).stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The smallest ExpressRoute Direct port speed (Gbps) that carries a circuit of this size, or 0 if none. */
    public int smallestDirectPortGbps(Integer circuitMbps) {
        if (circuitMbps == null) {
            return 0;
        }
        return circuitsByPort.entrySet().stream().filter(e -> e.getValue().contains(circuitMbps))
                .map(Map.Entry::getKey).findFirst().orElse(0);
    }

    private TreeSet<Integer> sizes(String model) {
        TreeSet<Integer> sizes = byModel.get(Objects.requireNonNull(model, "model"));
        if (sizes == null) {
            throw new IllegalArgumentException("no bandwidths for model '" + model + "'; known: "
                    + new TreeSet<>(byModel.keySet()));
        }
        return sizes;
    }
}
