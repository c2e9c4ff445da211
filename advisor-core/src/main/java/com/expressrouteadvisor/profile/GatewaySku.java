package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The SKU of the ExpressRoute virtual network gateway (profile {@code azure.gateway.sku}; fact GW-SKU). The
 * {@code …AZ} SKUs and {@code ERGW_SCALE} are zone-redundant; what each carries is reference data
 * (facts/reference/gateway-skus.csv).
 */
public enum GatewaySku {
    STANDARD,
    HIGH_PERFORMANCE,
    ULTRA_PERFORMANCE,
    ERGW1AZ,
    ERGW2AZ,
    ERGW3AZ,
    ERGW_SCALE;

    @JsonCreator
    public static GatewaySku of(String text) {
        return EnumNames.parse(GatewaySku.class, text);
    }
}
