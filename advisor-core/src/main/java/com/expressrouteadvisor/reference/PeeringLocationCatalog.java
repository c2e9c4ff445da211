package com.expressrouteadvisor.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Peering locations and the ExpressRoute providers at each, looked up by name regardless of case,
 * spacing, punctuation and accents. Rules reach it through the global {@code locations}. Immutable.
 *
 * <pre>{@code
 * Customer( peeringLocation != null, !locations.isKnown(peeringLocation) )
 * }</pre>
 */
public final class PeeringLocationCatalog {

    static final String US_GOVERNMENT = "US Government cloud";

    private static final org.apache.commons.text.similarity.LevenshteinDistance NEAR =
            new org.apache.commons.text.similarity.LevenshteinDistance(2);

    private final Map<String, PeeringLocation> byName = new HashMap<>();
    private final Map<String, List<PeeringLocation>> allByName = new HashMap<>();
    private final Map<String, Set<String>> providerKeys = new HashMap<>();
    /** Rules ask about the same few names for every customer; normalizing one takes microseconds. */
    private final NameMemo<String> keyMemo = new NameMemo<>(Names::key);
    /**
     * An unknown name's nearest known one: the edit distance to every location is microseconds per call, and the
     * rules ask twice for each customer that names an unknown location (the name and the choice of sentence).
     */
    private final NameMemo<String> nearestMemo = new NameMemo<>(this::findNearestName);

    public PeeringLocationCatalog(List<PeeringLocation> locations) {
        for (PeeringLocation location : locations) {
            String key = Names.key(location.name());
            allByName.computeIfAbsent(key, k -> new ArrayList<>()).add(location);
            // US Government rows reuse commercial names; a plain name means the commercial location.
            PeeringLocation existing = byName.get(key);
            if (existing == null || US_GOVERNMENT.equals(existing.geopoliticalRegion())) {
                byName.put(key, location);
            }
            Set<String> keys = providerKeys.computeIfAbsent(key, k -> new HashSet<>());
            location.providers().forEach(provider -> keys.addAll(providerAliases(provider)));
        }
    }

    public static PeeringLocationCatalog load(Path csv) {
        var rows = CsvTable.read(csv, "location", "metro_or_city", "country", "geopolitical_region",
                "local_azure_regions", "expressroute_direct", "providers");
        return new PeeringLocationCatalog(rows.stream().map(row -> new PeeringLocation(
                row.get("location"), row.get("metro_or_city"), row.get("country"), row.get("geopolitical_region"),
                CsvTable.list(row.get("local_azure_regions")), "yes".equalsIgnoreCase(row.get("expressroute_direct")),
                CsvTable.list(row.get("providers")))).toList());
    }

    public Optional<PeeringLocation> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    public boolean isKnown(String name) {
        return byName.containsKey(key(name));
    }

    /**
     * For "did you mean": the known location whose name is closest to an unknown one, within two edits of its
     * key ("Amsterdm" → "Amsterdam"), or the empty string when none is that close.
     */
    public String nearestName(String name) {
        return nearestMemo.get(name);
    }

    private String findNearestName(String name) {
        String key = key(name);
        String nearest = "";
        int best = Integer.MAX_VALUE;
        for (Map.Entry<String, PeeringLocation> known : byName.entrySet()) {
            int d = NEAR.apply(key, known.getKey());
            if (d >= 0 && (d < best || d == best && known.getValue().name().compareTo(nearest) < 0)) {
                nearest = known.getValue().name();
                best = d;
            }
        }
        return nearest;
    }

    /** 1 when {@link #nearestName} finds a name, else 0: picks the sentence of a message's choice format. */
    public int nearNames(String name) {
        return nearestName(name).isEmpty() ? 0 : 1;
    }

    /** Whether the provider (an exchange, WAN or Ethernet provider) offers ExpressRoute at the location. */
    public boolean offers(String provider, String location) {
        Set<String> keys = providerKeys.get(key(location));
        return keys != null && keys.contains(key(provider));
    }

    private String key(String name) {
        return keyMemo.get(name);
    }

    public boolean offersDirect(String location) {
        return find(location).map(PeeringLocation::expressRouteDirect).orElse(false);
    }

    /**
     * Every row with this name: US Government rows reuse commercial names, so "Washington DC" is both a
     * commercial and a US Government location. Empty when the name is unknown.
     */
    public List<PeeringLocation> all(String name) {
        return allByName.getOrDefault(key(name), List.of());
    }

    /**
     * Whether the location serves the Azure cloud: one of its rows lies in that cloud ("Washington DC" serves
     * both Azure and Azure US Government). False for an unknown location, which other rules report.
     */
    public boolean serves(String location, com.expressrouteadvisor.profile.AzureCloud cloud) {
        Cloud wanted = Cloud.of(cloud);
        return all(location).stream().anyMatch(row -> Cloud.of(row.geopoliticalRegion()) == wanted);
    }

    /** Whether ExpressRoute Local is sold at the location: it lists at least one local Azure region (SKU-LOCAL). */
    public boolean offersLocal(String location) {
        return all(location).stream().anyMatch(l -> !l.localAzureRegions().isEmpty());
    }

    /** The geopolitical region of the (commercial) location, or "" when unknown or not in the reference data. */
    public String geopoliticalRegion(String location) {
        return find(location).map(PeeringLocation::geopoliticalRegion).orElse("");
    }

    public int size() {
        return byName.size();
    }

    /**
     * The peering location nearest to {@code location} where the provider offers ExpressRoute: one in the same
     * metro or city, else the same country, else the same geopolitical region; alphabetical among equals. Null
     * when the location is unknown or no location near it has the provider. What a remedy proposes for
     * "the provider is not at this location".
     */
    public String nearestOffering(String provider, String location) {
        return nearest(location, candidate -> offers(provider, candidate.name()));
    }

    /** The peering location nearest to {@code location} that offers ExpressRoute Direct, as {@link #nearestOffering}. */
    public String nearestWithDirect(String location) {
        return nearest(location, PeeringLocation::expressRouteDirect);
    }

    private String nearest(String location, java.util.function.Predicate<PeeringLocation> wanted) {
        PeeringLocation here = find(location).orElse(null);
        if (here == null) {
            return null;
        }
        List<java.util.function.Predicate<PeeringLocation>> rings = List.of(
                l -> l.metro().equalsIgnoreCase(here.metro()),
                l -> l.country().equalsIgnoreCase(here.country()),
                l -> l.geopoliticalRegion().equals(here.geopoliticalRegion()));
        for (java.util.function.Predicate<PeeringLocation> ring : rings) {
            Optional<String> found = byName.values().stream()
                    .filter(l -> !Names.key(l.name()).equals(Names.key(here.name())))
                    .filter(ring).filter(wanted).map(PeeringLocation::name).sorted().findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    /** "Interxion (Digital Realty)" is also found as "Interxion" and as "Digital Realty". */
    private static Set<String> providerAliases(String provider) {
        Set<String> aliases = new HashSet<>();
        aliases.add(Names.key(provider));
        int open = provider.indexOf('(');
        int close = provider.lastIndexOf(')');
        if (open > 0 && close > open) {
            aliases.add(Names.key(provider.substring(0, open)));
            aliases.add(Names.key(provider.substring(open + 1, close)));
        }
        return aliases;
    }
}
