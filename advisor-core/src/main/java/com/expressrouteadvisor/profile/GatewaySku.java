package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The SKU of the ExpressRoute virtual network gateway (profile {@code azure.gateway.sku}; fact GW-SKU). The
 * {@code …AZ} SKUs and {@code ERGW_SCALE} are zone-redundant; what each carries is reference data
 * (facts/reference/gateway-skus.csv).
 */
public enum GatewaySku {
    STANDARD("Standard"),
    HIGH_PERFORMANCE("HighPerformance"),
    ULTRA_PERFORMANCE("UltraPerformance"),
    ERGW1AZ("ErGw1AZ"),
    ERGW2AZ("ErGw2AZ"),
    ERGW3AZ("ErGw3AZ"),
    ERGW_SCALE("ErGwScale");

    private final String azureName;

    GatewaySku(String azureName) {
        this.azureName = azureName;
    }

    /** The name as Azure writes it (portal, {@code az network vnet-gateway --sku}): what advice texts show. */
    public String azureName() {
        return azureName;
    }

    @JsonCreator
    public static GatewaySku of(String text) {
        return EnumNames.parse(GatewaySku.class, text);
    }
}
