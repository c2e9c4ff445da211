package com.expressrouteadvisor.reference;

/**
 * One Azure region from facts/reference/azure-regions.csv.
 *
 * @param name                programmatic name used in profiles, e.g. {@code westeurope}
 * @param displayName         name used in the peering-location table, e.g. {@code West Europe}
 * @param geopoliticalRegion  the ExpressRoute grouping a Standard circuit reaches (SKU-STANDARD)
 */
public record AzureRegion(String name, String displayName, String geopoliticalRegion) {

    /** The cloud the region belongs to; a circuit never reaches across clouds (NATIONAL). */
    public Cloud cloud() {
        return Cloud.of(geopoliticalRegion);
    }
}
