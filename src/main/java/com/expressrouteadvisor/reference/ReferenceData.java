package com.expressrouteadvisor.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * All reference data the rules consult, read from one folder (facts/reference) at run time. Immutable and
 * shared by every evaluation.
 */
public final class ReferenceData {

    public static final String PEERING_LOCATIONS = "peering-locations.csv";

    private final Path folder;
    private final PeeringLocationCatalog locations;

    private ReferenceData(Path folder, PeeringLocationCatalog locations) {
        this.folder = folder;
        this.locations = locations;
    }

    public static ReferenceData load(Path folder) {
        Path file = folder.resolve(PEERING_LOCATIONS);
        if (!Files.isRegularFile(file)) {
            throw new ReferenceDataException("reference data folder " + folder + " has no " + PEERING_LOCATIONS);
        }
        return new ReferenceData(folder, PeeringLocationCatalog.load(file));
    }

    public Path folder() {
        return folder;
    }

    public PeeringLocationCatalog locations() {
        return locations;
    }

    /**
     * The catalogs as DRL globals, by the name a rule file declares them with, e.g.
     * {@code global com.expressrouteadvisor.reference.PeeringLocationCatalog locations;}.
     */
    public Map<String, Object> globals() {
        return Map.of("locations", locations);
    }
}
