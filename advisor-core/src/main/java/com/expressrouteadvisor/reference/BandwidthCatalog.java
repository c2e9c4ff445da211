package com.expressrouteadvisor.reference;

import com.expressrouteadvisor.advice.ConnectivityModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
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
 * which ExpressRoute Direct port speeds carry each circuit size (direct-ports.csv). Models are
 * {@link ConnectivityModel} constants, so a misspelt model in a rule is a compile error; the table must have
 * rows for every model, or it is refused at load. Rules reach it through the global {@code bandwidths}. Immutable.
 *
 * <pre>{@code
 * Customer( bandwidthMbps != null, bandwidths.beyondProviderCircuits(bandwidthMbps) )
 * }</pre>
 */
public final class BandwidthCatalog {

    private final Map<ConnectivityModel, TreeSet<Integer>> byModel;
    private final NavigableMap<Integer, TreeSet<Integer>> circuitsByPort;

    public BandwidthCatalog(Map<ConnectivityModel, ? extends Collection<Integer>> byModel,
                            Map<Integer, ? extends Collection<Integer>> circuitsByPort) {
        Map<ConnectivityModel, TreeSet<Integer>> models = new EnumMap<>(ConnectivityModel.class);
        byModel.forEach((model, sizes) -> models.put(model, new TreeSet<>(sizes)));
        this.byModel = Collections.unmodifiableMap(models);
        NavigableMap<Integer, TreeSet<Integer>> ports = new TreeMap<>();
        circuitsByPort.forEach((port, sizes) -> ports.put(port, new TreeSet<>(sizes)));
        this.circuitsByPort = Collections.unmodifiableNavigableMap(ports);
    }

    public static BandwidthCatalog load(Path bandwidthsCsv, Path directPortsCsv) {
        Map<ConnectivityModel, List<Integer>> byModel = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTable.read(bandwidthsCsv, "model", "bandwidth_mbps")) {
            byModel.computeIfAbsent(model(bandwidthsCsv, row.get("model")), k -> new ArrayList<>())
                    .add(LimitCatalog.number(bandwidthsCsv, row, "bandwidth_mbps"));
        }
        for (ConnectivityModel model : ConnectivityModel.values()) {
            if (!byModel.containsKey(model)) {
                throw new ReferenceDataException(bandwidthsCsv + ": has no rows for " + model);
            }
        }
        Map<Integer, List<Integer>> ports = new TreeMap<>();
        for (Map<String, String> row : CsvTable.read(directPortsCsv, "port_gbps", "circuit_mbps")) {
            ports.computeIfAbsent(LimitCatalog.number(directPortsCsv, row, "port_gbps"), k -> new ArrayList<>())
                    .add(LimitCatalog.number(directPortsCsv, row, "circuit_mbps"));
        }
        return new BandwidthCatalog(byModel, ports);
    }

    /** Whether the model offers exactly this circuit bandwidth. */
    public boolean offers(ConnectivityModel model, Integer bandwidthMbps) {
        return bandwidthMbps != null && sizes(model).contains(bandwidthMbps);
    }

    /** Whether the bandwidth is at most the model's largest circuit (a provider model stops at 10 Gbps). */
    public boolean withinRange(ConnectivityModel model, Integer bandwidthMbps) {
        return bandwidthMbps != null && bandwidthMbps <= sizes(model).last();
    }

    /** Whether the bandwidth is above every provider model's largest circuit, so only Direct can carry it. */
    public boolean beyondProviderCircuits(Integer bandwidthMbps) {
        if (bandwidthMbps == null) {
            return false;
        }
        return byModel.entrySet().stream().filter(e -> e.getKey() != ConnectivityModel.EXPRESSROUTE_DIRECT)
                .allMatch(e -> bandwidthMbps > e.getValue().last());
    }

    /** The offered sizes in Mbps, smallest first. */
    public List<Integer> offered(ConnectivityModel model) {
        return List.copyOf(sizes(model));
    }

    /** The offered sizes for a message, e.g. "50, 100, 200, 500, 1000, 2000, 5000, 10000". */
    public String describeOffered(ConnectivityModel model) {
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

    private TreeSet<Integer> sizes(ConnectivityModel model) {
        TreeSet<Integer> sizes = byModel.get(Objects.requireNonNull(model, "model"));
        if (sizes == null) {
            throw new IllegalArgumentException("no bandwidths for model " + model + " in this catalog");
        }
        return sizes;
    }

    private static ConnectivityModel model(Path file, String name) {
        try {
            return ConnectivityModel.valueOf(name.trim());
        } catch (IllegalArgumentException e) {
            throw new ReferenceDataException(file + ": unknown model '" + name + "'; models: "
                    + Arrays.toString(ConnectivityModel.values()));
        }
    }
}
