package com.expressrouteadvisor.reference;

import java.util.List;

/**
 * An ExpressRoute Metro: one circuit with its two links in two peering locations of one city (RES-HIGH-METRO).
 *
 * @param peeringLocations the two locations, by the City / City2 naming convention of metro.md
 */
public record Metro(String name, List<String> peeringLocations) {
}
