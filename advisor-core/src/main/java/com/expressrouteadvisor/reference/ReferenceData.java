package com.expressrouteadvisor.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All reference data the rules consult, read from one folder (facts/reference) at run time. Immutable and
 * shared by every evaluation. Each catalog is a DRL global (see {@link #globals()}); a missing or malformed
 * file fails loading with a message that names the file.
 */
public final class ReferenceData {

    public static final String PEERING_LOCATIONS = "peering-locations.csv";
    public static final String AZURE_REGIONS = "azure-regions.csv";
    public static final String PREFIX_LIMITS = "prefix-limits.csv";
    public static final String VNET_LINKS = "vnet-links.csv";
    public static final String GATEWAY_LIMITS = "gateway-limits.csv";
    public static final String BANDWIDTHS = "bandwidths.csv";
    public static final String DIRECT_PORTS = "direct-ports.csv";
    public static final String RESERVED_ASNS = "reserved-asns.csv";
    public static final String METROS = "metros.csv";
    public static final String GATEWAY_SKUS = "gateway-skus.csv";
    public static final String GATEWAY_SUBNETS = "gateway-subnets.csv";
    public static final List<String> FILES = List.of(PEERING_LOCATIONS, AZURE_REGIONS, PREFIX_LIMITS, VNET_LINKS,
            GATEWAY_LIMITS, BANDWIDTHS, DIRECT_PORTS, RESERVED_ASNS, METROS, GATEWAY_SKUS, GATEWAY_SUBNETS);

    /** The names the catalogs have as DRL globals ({@link #globals()}), known before any file is read. */
    public static final Set<String> GLOBAL_NAMES = Set.of("locations", "azureRegions", "limits", "bandwidths",
            "asns", "metros", "gateways", "addressing");

    private final Path folder;
    private final PeeringLocationCatalog locations;
    private final AzureRegionCatalog regions;
    private final LimitCatalog limits;
    private final BandwidthCatalog bandwidths;
    private final ReservedAsnCatalog asns;
    private final MetroCatalog metros;
    private final GatewayCatalog gateways;
    private final PeeringAddressing addressing = new PeeringAddressing();

    private ReferenceData(Path folder, PeeringLocationCatalog locations, AzureRegionCatalog regions,
                          LimitCatalog limits, BandwidthCatalog bandwidths, ReservedAsnCatalog asns,
                          MetroCatalog metros, GatewayCatalog gateways) {
        this.folder = folder;
        this.locations = locations;
        this.regions = regions;
        this.limits = limits;
        this.bandwidths = bandwidths;
        this.asns = asns;
        this.metros = metros;
        this.gateways = gateways;
    }

    public static ReferenceData load(Path folder) {
        for (String file : FILES) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                throw new ReferenceDataException("reference data folder " + folder + " has no " + file);
            }
        }
        PeeringLocationCatalog locations = PeeringLocationCatalog.load(folder.resolve(PEERING_LOCATIONS));
        return new ReferenceData(folder, locations,
                AzureRegionCatalog.load(folder.resolve(AZURE_REGIONS), locations),
                LimitCatalog.load(folder.resolve(PREFIX_LIMITS), folder.resolve(VNET_LINKS),
                        folder.resolve(GATEWAY_LIMITS)),
                BandwidthCatalog.load(folder.resolve(BANDWIDTHS), folder.resolve(DIRECT_PORTS)),
                ReservedAsnCatalog.load(folder.resolve(RESERVED_ASNS)),
                MetroCatalog.load(folder.resolve(METROS)),
                GatewayCatalog.load(folder.resolve(GATEWAY_SKUS), folder.resolve(GATEWAY_SUBNETS)));
    }

    public Path folder() {
        return folder;
    }

    public PeeringLocationCatalog locations() {
        return locations;
    }

    public AzureRegionCatalog regions() {
        return regions;
    }

    public LimitCatalog limits() {
        return limits;
    }

    public BandwidthCatalog bandwidths() {
        return bandwidths;
    }

    public ReservedAsnCatalog asns() {
        return asns;
    }

    public MetroCatalog metros() {
        return metros;
    }

    public GatewayCatalog gateways() {
        return gateways;
    }

    public PeeringAddressing addressing() {
        return addressing;
    }

    /**
     * The catalogs as DRL globals, by the name a rule file declares them with, e.g.
     * {@code global com.expressrouteadvisor.reference.AzureRegionCatalog azureRegions;}.
     */
    public Map<String, Object> globals() {
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put("locations", locations);
        globals.put("azureRegions", regions);
        globals.put("limits", limits);
        globals.put("bandwidths", bandwidths);
        globals.put("asns", asns);
        globals.put("metros", metros);
        globals.put("gateways", gateways);
        globals.put("addressing", addressing);
        assert globals.keySet().equals(GLOBAL_NAMES) : "GLOBAL_NAMES must name every global";
        return Map.copyOf(globals);
    }
}
