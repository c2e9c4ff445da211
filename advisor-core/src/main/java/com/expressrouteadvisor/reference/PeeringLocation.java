package com.expressrouteadvisor.reference;

import java.util.List;

/**
 * One ExpressRoute peering location from facts/reference/peering-locations.csv.
 *
 * @param localAzureRegions display names of the regions ExpressRoute Local reaches; empty = Local unavailable
 */
public record PeeringLocation(String name,
                              String metro,
                              String country,
                              String geopoliticalRegion,
                              List<String> localAzureRegions,
                              boolean expressRouteDirect,
                              List<String> providers) {
}
