package com.expressrouteadvisor.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ExpressRoute Metro areas (metros.csv: RES-HIGH-METRO) and the two peering locations of each. Rules reach
 * it through the global {@code metros}. Immutable.
 *
 * <pre>{@code
 * Customer( metro == true, peeringLocation != null, !metros.offersMetro(peeringLocation) )
 * }</pre>
 */
public final class MetroCatalog {

    private final List<Metro> metros;
    private final Map<String, Metro> byLocation = new HashMap<>();

    public MetroCatalog(List<Metro> metros) {
        this.metros = List.copyOf(metros);
        for (Metro metro : metros) {
            metro.peeringLocations().forEach(location -> byLocation.put(Names.key(location), metro));
        }
    }

    public static MetroCatalog load(Path csv) {
        List<Metro> metros = new ArrayList<>();
        for (Map<String, String> row : CsvTable.read(csv, "metro", "peering_locations")) {
            List<String> locations = CsvTable.list(row.get("peering_locations"));
            if (locations.size() != 2) {
                throw new ReferenceDataException(csv + ": metro " + row.get("metro")
                        + " needs exactly two peering locations separated by ';', got '" + row.get("peering_locations")
                        + "'");
            }
            metros.add(new Metro(row.get("metro"), locations));
        }
        return new MetroCatalog(metros);
    }

    /** The metro a peering location belongs to, if ExpressRoute Metro is offered there. */
    public Optional<Metro> metroOf(String location) {
        return Optional.ofNullable(byLocation.get(Names.key(location)));
    }

    public boolean offersMetro(String location) {
        return byLocation.containsKey(Names.key(location));
    }

    /** For messages: the two locations of the location's metro, e.g. "Amsterdam + Amsterdam2", or "" when none. */
    public String locationsOf(String location) {
        return metroOf(location).map(m -> String.join(" + ", m.peeringLocations())).orElse("");
    }

    public List<Metro> all() {
        return metros;
    }
}
