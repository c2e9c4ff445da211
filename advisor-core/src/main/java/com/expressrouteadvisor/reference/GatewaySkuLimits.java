package com.expressrouteadvisor.reference;

import com.expressrouteadvisor.profile.GatewaySku;

/**
 * What one ExpressRoute gateway SKU carries (a row of gateway-skus.csv; facts GW-SKU, FASTPATH, RES-ZONE-GW,
 * ROUTE-MULTI-CIRCUIT). An {@code ERGW_SCALE} gateway has one row per band of scale units, and its throughput
 * is per scale unit.
 */
public record GatewaySkuLimits(GatewaySku sku,
                               int fromScaleUnits,
                               int toScaleUnits,
                               boolean zoneRedundant,
                               int throughputMbps,
                               boolean throughputPerScaleUnit,
                               int maxCircuits,
                               int maxCircuitsPerPeeringLocation,
                               boolean fastPath) {

    /** Whether this row describes the gateway at that many scale units (any count for a fixed-size SKU). */
    boolean covers(Integer scaleUnits) {
        if (!throughputPerScaleUnit) {
            return true;
        }
        return scaleUnits != null && scaleUnits >= fromScaleUnits && scaleUnits <= toScaleUnits;
    }

    int throughputMbps(Integer scaleUnits) {
        return throughputPerScaleUnit ? throughputMbps * scaleUnits : throughputMbps;
    }
}
