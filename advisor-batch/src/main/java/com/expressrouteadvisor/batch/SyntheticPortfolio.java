package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.reference.CsvTable;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Realistic customer profiles for demos and benchmarks, the same for the same seed. Peering locations,
 * their providers and local Azure regions come from the reference data, weighted by how many providers a
 * location has (a proxy for how busy it is). The mix follows what consultants meet: mostly exchange and
 * MPLS customers, some unknown answers and whole unanswered sections, and a few percent of the mistakes
 * that the gap rules exist for (a provider not at the location, reserved ASNs, a single /30, private
 * addresses on Microsoft peering, a Standard SKU with a far region). With {@code invalidPercent} above
 * zero, that share of records is also broken in ways the profile parser refuses.
 */
public final class SyntheticPortfolio {

    private static final String[] PREFIXES = {"Noord", "Zuider", "Atlas", "Nordic", "Pacific", "Meridian", "Alpine",
            "Harbor", "Delta", "Summit", "Riverside", "Granite", "Aurora", "Crescent", "Baltic", "Iberia", "Lakeside",
            "Sterling", "Horizon", "Evergreen", "Kestrel", "Orion", "Cedar", "Pioneer", "Coastal", "Highland"};
    private static final String[] SECTORS = {"Logistics", "Bank", "Insurance", "Healthcare", "Retail", "Manufacturing",
            "University", "Energy", "Media", "Pharma", "Foods", "Telecom", "Municipality", "Automotive", "Engineering"};
    private static final int[] PROVIDER_SIZES = {50, 100, 200, 500, 1000, 1000, 1000, 2000, 5000, 10000};
    private static final int[] DIRECT_SIZES = {40000, 100000, 100000};
    private static final String[] DOCUMENTATION_NETS = {"203.0.113", "198.51.100", "192.0.2"};

    private final List<Location> locations = new ArrayList<>();
    private final long[] cumulativeWeight;
    private final List<String> allProviders;
    private final Map<String, List<String>> regionsByGeography = new HashMap<>();
    private final int invalidPercent;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    private record Location(String name, String geography, List<String> providers, List<String> localRegions) {
    }

    /** @param referenceFolder facts/reference: peering-locations.csv and azure-regions.csv */
    public SyntheticPortfolio(Path referenceFolder, int invalidPercent) {
        if (invalidPercent < 0 || invalidPercent > 100) {
            throw new IllegalArgumentException("invalid share must be 0-100 %, got " + invalidPercent);
        }
        this.invalidPercent = invalidPercent;
        Map<String, String> regionByDisplayName = new HashMap<>();
        for (Map<String, String> row : CsvTable.read(referenceFolder.resolve("azure-regions.csv"),
                "region", "display_name", "geopolitical_region")) {
            regionByDisplayName.put(row.get("display_name").toLowerCase(Locale.ROOT), row.get("region"));
            regionsByGeography.computeIfAbsent(row.get("geopolitical_region"), g -> new ArrayList<>())
                    .add(row.get("region"));
        }
        Set<String> providers = new TreeSet<>();
        for (Map<String, String> row : CsvTable.read(referenceFolder.resolve("peering-locations.csv"),
                "location", "geopolitical_region", "local_azure_regions", "providers")) {
            List<String> atLocation = CsvTable.list(row.get("providers"));
            if (atLocation.isEmpty() || row.get("geopolitical_region").contains("Government")) {
                continue;
            }
            List<String> local = CsvTable.list(row.get("local_azure_regions")).stream()
                    .map(name -> regionByDisplayName.get(name.toLowerCase(Locale.ROOT)))
                    .filter(java.util.Objects::nonNull).toList();
            locations.add(new Location(row.get("location"), row.get("geopolitical_region"), atLocation, local));
            providers.addAll(atLocation);
        }
        if (locations.isEmpty()) {
            throw new IllegalArgumentException(referenceFolder + ": no peering locations with providers");
        }
        cumulativeWeight = new long[locations.size()];
        long total = 0;
        for (int i = 0; i < locations.size(); i++) {
            total += locations.get(i).providers().size();
            cumulativeWeight[i] = total;
        }
        allProviders = List.copyOf(providers);
    }

    /** The profile at position {@code index} of the portfolio of {@code seed}: same inputs, same profile. */
    public ObjectNode profile(long seed, long index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        ObjectNode p = nodes.objectNode();
        String prefix = pick(random, PREFIXES);
        String sector = pick(random, SECTORS);
        p.put("id", (prefix + "-" + sector).toLowerCase(Locale.ROOT) + "-" + String.format("%07d", index + 1));
        p.put("name", prefix + " " + sector);
        maybe(random, 96, () -> p.put("azureSubscription", random.nextInt(100) < 97));

        Location location = location(random);
        int kind = random.nextInt(100);
        boolean colocated = kind < 40;
        boolean mpls = kind >= 40 && kind < 75;
        boolean p2p = kind >= 75 && kind < 87;
        boolean direct = kind >= 87 && kind < 91;
        boolean undecided = kind >= 97; // still has to answer how it will connect
        connectivity(random, p.putObject("connectivity"), location, colocated, mpls, p2p, direct, undecided);
        if (random.nextInt(100) >= 5) {
            routing(random, p.putObject("routing"), colocated || p2p || direct, mpls);
        }
        if (random.nextInt(100) >= 8) {
            peerings(random, p.putObject("peerings"));
        }
        azure(random, p.putObject("azure"), location);
        if (random.nextInt(100) >= 10) {
            workloads(random, p.putObject("workloads"));
        }
        if (random.nextInt(100) >= 8) {
            resilience(random, p.putObject("resilience"));
        }
        if (random.nextInt(100) >= 15) {
            p.putObject("security").put("encryptionRequired", random.nextInt(100) < 15);
        }
        if (random.nextInt(100) < invalidPercent) {
            breakIt(random, p);
        }
        return p;
    }

    private void connectivity(SplittableRandom random, ObjectNode c, Location location, boolean colocated,
                              boolean mpls, boolean p2p, boolean direct, boolean undecided) {
        if (!undecided) {
            c.put("colocatedAtCloudExchange", colocated);
            c.put("hasMplsWan", mpls);
            c.put("needsPointToPoint", p2p);
        }
        if (colocated) {
            c.put("cloudExchangeProvider", provider(random, location));
        } else if (mpls) {
            c.put("wanProvider", provider(random, location));
        } else if (p2p) {
            c.put("ethernetProvider", provider(random, location));
        }
        int where = random.nextInt(100);
        if (where < 2) {
            c.put("peeringLocation", location.name().toLowerCase(Locale.ROOT)); // written casually: still found
        } else if (where < 3) {
            c.put("peeringLocation", "Eindhoven"); // not a peering location: cannot be checked
        } else if (where < 97) {
            c.put("peeringLocation", location.name());
        }
        int bandwidth = random.nextInt(100);
        if (direct) {
            c.put("bandwidthMbps", DIRECT_SIZES[random.nextInt(DIRECT_SIZES.length)]);
        } else if (bandwidth < 2) {
            c.put("bandwidthMbps", random.nextBoolean() ? 300 : 1500); // not a circuit size
        } else if (bandwidth < 95) {
            c.put("bandwidthMbps", PROVIDER_SIZES[random.nextInt(PROVIDER_SIZES.length)]);
        }
    }

    private void routing(SplittableRandom random, ObjectNode r, boolean layer2Likely, boolean mpls) {
        int bgp = random.nextInt(100);
        int capable = layer2Likely ? 75 : 30;
        if (bgp < 90) {
            r.put("bgpCapable", bgp < capable);
        }
        int asn = random.nextInt(100);
        if (asn < 65) {
            r.put("asn", random.nextBoolean() ? 1_000 + random.nextInt(60_000) : 200_000 + random.nextInt(200_000));
        } else if (asn < 94) {
            r.put("asn", 64_512 + random.nextInt(1_000)); // private, below the 65515-65520 Azure keeps
        } else if (asn < 95) {
            r.put("asn", 65_515 + random.nextInt(6)); // reserved by Azure
        }
        int routers = random.nextInt(100);
        r.put("edgeRouters", routers < 85 ? 2 : routers < 95 ? 1 : 4);
        r.put("privatePrefixes", (int) Math.min(9_000, Math.round(Math.exp(3.5 + 1.3 * random.nextDouble() * 3))));
        r.put("microsoftPrefixes", mpls ? random.nextInt(40) : random.nextInt(12));
    }

    private void peerings(SplittableRandom random, ObjectNode peerings) {
        ObjectNode priv = peerings.putObject("private");
        boolean privateEnabled = random.nextInt(100) < 92;
        priv.put("enabled", privateEnabled);
        if (privateEnabled) {
            int third = random.nextInt(256);
            int fourth = random.nextInt(32) * 8;
            ArrayNode subnets = priv.putArray("subnets");
            int shape = random.nextInt(100);
            if (shape < 3) {
                subnets.add("192.168." + third + "." + fourth + "/30"); // one /30: not enough
            } else if (shape < 5) {
                subnets.add("10." + third + ".255.0/30").add("10." + third + ".255.4/30"); // inside the VNet
            } else {
                subnets.add("192.168." + third + "." + fourth + "/30").add("192.168." + third + "." + (fourth + 4) + "/30");
            }
        }
        ObjectNode ms = peerings.putObject("microsoft");
        boolean msEnabled = random.nextInt(100) < 35;
        ms.put("enabled", msEnabled);
        if (msEnabled) {
            ArrayNode subnets = ms.putArray("subnets");
            int fourth = random.nextInt(32) * 8;
            String net = random.nextInt(100) < 4 ? "172.16." + random.nextInt(32)
                    : pick(random, DOCUMENTATION_NETS);
            subnets.add(net + "." + fourth + "/30").add(net + "." + (fourth + 4) + "/30");
            maybe(random, 92, () -> ms.put("natPlanned", random.nextInt(100) < 90));
            maybe(random, 90, () -> ms.put("natPoolPublic", random.nextInt(100) < 95));
            maybe(random, 90, () -> ms.put("publicPrefixesOwned", random.nextInt(100) < 96));
        }
        if (random.nextInt(100) < 70) {
            peerings.putObject("azurePublic").put("enabled", random.nextInt(100) < 3);
        }
    }

    private void azure(SplittableRandom random, ObjectNode a, Location location) {
        Set<String> regions = new LinkedHashSet<>();
        List<String> near = location.localRegions().isEmpty()
                ? regionsByGeography.getOrDefault(location.geography(), List.of()) : location.localRegions();
        List<String> sameGeography = regionsByGeography.getOrDefault(location.geography(), near);
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            List<String> from = i == 0 ? near : sameGeography;
            if (!from.isEmpty()) {
                regions.add(from.get(random.nextInt(from.size())));
            }
        }
        if (random.nextInt(100) < 8) {
            List<String> geographies = new ArrayList<>(regionsByGeography.keySet());
            geographies.sort(null);
            List<String> far = regionsByGeography.get(geographies.get(random.nextInt(geographies.size())));
            regions.add(far.get(random.nextInt(far.size())));
        }
        if (!regions.isEmpty()) { // an empty list cannot be told from unknown in CSV; leave it out
            regions.forEach(a.withArray("regions")::add);
        }
        ArrayNode spaces = a.putArray("vnetAddressSpaces");
        int first = 1 + random.nextInt(200);
        int vnets = 1 + random.nextInt(3);
        for (int i = 0; i < vnets; i++) {
            spaces.add("10." + (first + i) + ".0.0/16");
        }
        int links = random.nextInt(100);
        a.put("vnetLinks", links < 85 ? 1 + random.nextInt(10) : 11 + random.nextInt(40));
        int sku = random.nextInt(100);
        if (sku < 60) {
            a.put("sku", "STANDARD");
        } else if (sku < 85) {
            a.put("sku", "PREMIUM");
        } else if (sku < 93) {
            a.put("sku", "LOCAL");
        }
    }

    private void workloads(SplittableRandom random, ObjectNode w) {
        boolean m365 = random.nextInt(100) < 25;
        w.put("microsoft365", m365);
        if (m365) {
            maybe(random, 85, () -> w.put("microsoft365Authorized", random.nextInt(100) < 80));
        }
        w.put("dynamics365", random.nextInt(100) < 15);
        boolean media = random.nextInt(100) < 20;
        w.put("realtimeMedia", media);
        if (media) {
            maybe(random, 90, () -> w.put("dscpMarking", random.nextInt(100) < 70));
        }
    }

    private void resilience(SplittableRandom random, ObjectNode r) {
        int shape = random.nextInt(100);
        boolean metro = shape >= 95;
        int circuits = metro ? 1 : shape < 50 ? 1 : shape < 92 ? 2 : 4;
        r.put("circuits", circuits);
        r.put("peeringLocations", metro ? 2 : circuits == 1 ? 1 : random.nextInt(100) < 80 ? 2 : 1);
        r.put("metro", metro);
        r.put("production", random.nextInt(100) < 80);
    }

    /** One mistake of the kind people make in spreadsheets and exports; the parser names each. */
    private void breakIt(SplittableRandom random, ObjectNode p) {
        switch (random.nextInt(5)) {
            case 0 -> p.withObject("/routing").put("asn", "AS" + (64_512 + random.nextInt(1_000)));
            case 1 -> p.withObject("/connectivity").put("bandwithMbps", 1000);
            case 2 -> p.withObject("/connectivity").put("bandwidthMbps", -100);
            case 3 -> p.withObject("/azure").putArray("vnetAddressSpaces").add("10.0.0.1/33");
            default -> p.remove("id");
        }
    }

    private Location location(SplittableRandom random) {
        long ticket = random.nextLong(cumulativeWeight[cumulativeWeight.length - 1]);
        int low = 0;
        int high = cumulativeWeight.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulativeWeight[mid] > ticket) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return locations.get(low);
    }

    /** A provider at the location, and now and then one that is not there (a common planning mistake). */
    private String provider(SplittableRandom random, Location location) {
        if (random.nextInt(100) < 4) {
            return allProviders.get(random.nextInt(allProviders.size()));
        }
        return location.providers().get(random.nextInt(location.providers().size()));
    }

    private static void maybe(SplittableRandom random, int percent, Runnable put) {
        if (random.nextInt(100) < percent) {
            put.run();
        }
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
