package com.expressrouteadvisor.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Azure regions and their geopolitical regions, and how they relate to a peering location: which regions a
 * Standard circuit there reaches (same geopolitical region, SKU-STANDARD), which a Local circuit reaches (the
 * location's local regions, SKU-LOCAL) and which lie in another cloud (NATIONAL). Regions are found by
 * programmatic or display name, regardless of case and spacing ("westeurope", "West Europe", "WEST EUROPE").
 * Rules reach it through the global {@code azureRegions} (the customer fact has a field {@code regions}). Immutable.
 *
 * <pre>{@code
 * Customer( sku == Sku.STANDARD,
 *           !azureRegions.outsideGeopoliticalRegion(regions, peeringLocation).isEmpty() )
 * }</pre>
 * Every list-returning method keeps the customer's spelling and order, skips unknown region names (those are
 * reported by {@link #unknown}) and returns an empty list when the peering location is not in the reference data.
 */
public final class AzureRegionCatalog {

    /** What the memo holds for a name that is not a region. */
    private static final Entry UNKNOWN = new Entry(null, null, null);

    /** A region with what the rules ask of it worked out once: its cloud and the key of its display name. */
    private record Entry(AzureRegion region, Cloud cloud, String displayKey) {
    }

    private final Map<String, Entry> byKey = new HashMap<>();
    /**
     * Regions by the customer's spelling: rules ask about the same names several times per customer, and
     * normalising a name (and working out the region's cloud) on every call was ≈ 4 % of the evaluator's CPU.
     */
    private final NameMemo<Entry> byName = new NameMemo<>(name -> byKey.getOrDefault(Names.key(name), UNKNOWN));
    /**
     * What a peering location reaches, by the customer's spelling of it: several rules ask about the same location
     * per customer, and collecting its rows' geopolitical regions, clouds and local regions into fresh sets on every
     * call was ≈ 1 % of a batch run's samples.
     */
    private final NameMemo<Reach> byLocation = new NameMemo<>(this::reachOf);
    private final int size;
    private final PeeringLocationCatalog locations;

    /** A location's geopolitical regions (in the catalog's order, for messages), their clouds and its local regions' keys. */
    private record Reach(Set<String> geos, Set<Cloud> clouds, Set<String> localKeys) {
    }

    public AzureRegionCatalog(List<AzureRegion> regions, PeeringLocationCatalog locations) {
        for (AzureRegion region : regions) {
            Entry entry = new Entry(region, region.cloud(), Names.key(region.displayName()));
            byKey.put(Names.key(region.name()), entry);
            byKey.put(Names.key(region.displayName()), entry);
        }
        this.size = regions.size();
        this.locations = locations;
    }

    public static AzureRegionCatalog load(Path csv, PeeringLocationCatalog locations) {
        List<AzureRegion> regions = new ArrayList<>();
        for (Map<String, String> row : CsvTable.read(csv, "region", "display_name", "geopolitical_region")) {
            if (row.get("region").isEmpty() || row.get("geopolitical_region").isEmpty()) {
                throw new ReferenceDataException(csv + ": every row needs a region and a geopolitical_region, got "
                        + row);
            }
            regions.add(new AzureRegion(row.get("region"), row.get("display_name"), row.get("geopolitical_region")));
        }
        return new AzureRegionCatalog(regions, locations);
    }

    public Optional<AzureRegion> find(String name) {
        return Optional.ofNullable(entry(name).region());
    }

    public boolean isKnown(String name) {
        return entry(name) != UNKNOWN;
    }

    /** The region's entry, or {@link #UNKNOWN}. */
    private Entry entry(String name) {
        return byName.get(name);
    }

    public int size() {
        return size;
    }

    /** The names that are not Azure regions in the reference data. */
    public List<String> unknown(List<String> names) {
        if (names == null) {
            return List.of();
        }
        List<String> unknown = new ArrayList<>(0);
        for (String name : names) {
            if (!isKnown(name)) {
                unknown.add(name);
            }
        }
        return Collections.unmodifiableList(unknown);
    }

    /**
     * Regions in the location's cloud but outside its geopolitical region: a Local or Standard circuit there
     * cannot reach them, Premium can (SKU-STANDARD, SKU-PREMIUM). A location name shared by a commercial and a
     * US Government row counts as both.
     */
    public List<String> outsideGeopoliticalRegion(List<String> names, String location) {
        Reach reach = reach(location);
        Set<String> geos = reach.geos();
        Set<Cloud> clouds = reach.clouds();
        List<String> outside = new ArrayList<>(0);
        for (String name : names == null ? List.<String>of() : names) {
            Entry entry = entry(name);
            if (entry != UNKNOWN && clouds.contains(entry.cloud())
                    && !geos.contains(entry.region().geopoliticalRegion())) {
                outside.add(name);
            }
        }
        return Collections.unmodifiableList(outside);
    }

    /** Regions in another cloud than the location: no SKU reaches them (NATIONAL). */
    public List<String> inOtherCloud(List<String> names, String location) {
        Set<Cloud> clouds = reach(location).clouds();
        if (clouds.isEmpty()) {
            return List.of();
        }
        List<String> other = new ArrayList<>(0);
        for (String name : names == null ? List.<String>of() : names) {
            Entry entry = entry(name);
            if (entry != UNKNOWN && !clouds.contains(entry.cloud())) {
                other.add(name);
            }
        }
        return Collections.unmodifiableList(other);
    }

    /** Whether the known regions lie in more than one Azure cloud, which no one circuit reaches (NATIONAL). */
    public boolean spanClouds(List<String> names) {
        Cloud first = null;
        for (String name : names == null ? List.<String>of() : names) {
            Entry entry = entry(name);
            if (entry != UNKNOWN) {
                if (first == null) {
                    first = entry.cloud();
                } else if (entry.cloud() != first) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The known regions grouped by cloud for messages, e.g. "westeurope (Azure); usgovvirginia (Azure US Government)". */
    public String byCloud(List<String> names) {
        Map<Cloud, List<String>> grouped = new java.util.EnumMap<>(Cloud.class);
        known(names).forEach(n -> grouped.computeIfAbsent(entry(n).cloud(), c -> new ArrayList<>()).add(n));
        List<String> parts = new ArrayList<>();
        grouped.forEach((cloud, regions) -> parts.add(String.join(", ", regions) + " (" + cloud.azureCloud().azureName() + ")"));
        return String.join("; ", parts);
    }

    /** Regions that are not in the customer's Azure cloud (NATIONAL). */
    public List<String> outsideCloud(List<String> names, com.expressrouteadvisor.profile.AzureCloud cloud) {
        if (cloud == null) {
            return List.of();
        }
        Cloud wanted = Cloud.of(cloud);
        List<String> outside = new ArrayList<>(0);
        for (String name : names == null ? List.<String>of() : names) {
            Entry entry = entry(name);
            if (entry != UNKNOWN && entry.cloud() != wanted) {
                outside.add(name);
            }
        }
        return Collections.unmodifiableList(outside);
    }

    /** Regions that are not local to the location, so an ExpressRoute Local circuit there cannot reach them. */
    public List<String> notLocalTo(List<String> names, String location) {
        if (!locations.isKnown(location)) {
            return List.of();
        }
        Set<String> local = reach(location).localKeys();
        List<String> notLocal = new ArrayList<>(0);
        for (String name : names == null ? List.<String>of() : names) {
            Entry entry = entry(name);
            if (entry != UNKNOWN && !local.contains(entry.displayKey())) {
                notLocal.add(name);
            }
        }
        return Collections.unmodifiableList(notLocal);
    }

    /** Whether at least one region is named and every one is a known region local to the location. */
    public boolean allLocalTo(List<String> names, String location) {
        return names != null && !names.isEmpty() && locations.offersLocal(location)
                && unknown(names).isEmpty() && notLocalTo(names, location).isEmpty();
    }

    /** The geopolitical region(s) of a location, joined for messages, e.g. "Europe". */
    public String geopoliticalRegionOf(String location) {
        return String.join(" / ", reach(location).geos());
    }

    private Reach reach(String location) {
        return byLocation.get(location);
    }

    private Reach reachOf(String location) {
        Set<String> geos = new LinkedHashSet<>();
        Set<String> localKeys = new HashSet<>();
        for (PeeringLocation row : locations.all(location)) {
            if (!row.geopoliticalRegion().isEmpty()) {
                geos.add(row.geopoliticalRegion());
            }
            row.localAzureRegions().forEach(r -> localKeys.add(Names.key(r)));
        }
        Set<Cloud> clouds = java.util.EnumSet.noneOf(Cloud.class);
        geos.forEach(g -> clouds.add(Cloud.of(g)));
        return new Reach(Collections.unmodifiableSet(geos), Collections.unmodifiableSet(clouds),
                Set.copyOf(localKeys));
    }

    private List<String> known(List<String> names) {
        return names == null ? List.of() : names.stream().filter(this::isKnown).toList();
    }
}
