package com.expressrouteadvisor.reference;

import com.expressrouteadvisor.profile.AzureCloud;
import com.expressrouteadvisor.profile.GatewaySku;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gateway and cloud reference data as the rules read it (gateway-skus.csv, gateway-subnets.csv). */
class GatewayCatalogTest {

    private static final Path FOLDER = Path.of("facts", "reference");
    private static final ReferenceData DATA = ReferenceData.load(FOLDER);
    private final GatewayCatalog gateways = DATA.gateways();

    @Test
    void fixedSizeSkusCarryWhatTheTableSays() {
        assertThat(gateways.throughputMbps(GatewaySku.ERGW1AZ, null)).isEqualTo(1000);
        assertThat(gateways.throughputMbps(GatewaySku.HIGH_PERFORMANCE, 7)).isEqualTo(2000);
        assertThat(gateways.maxCircuits(GatewaySku.ULTRA_PERFORMANCE, null)).isEqualTo(16);
        assertThat(gateways.supportsFastPath(GatewaySku.ERGW3AZ, null)).isTrue();
        assertThat(gateways.lacksFastPath(GatewaySku.ERGW2AZ, null)).isTrue();
        assertThat(gateways.zoneRedundant(GatewaySku.STANDARD)).isFalse();
        assertThat(gateways.zoneRedundantEquivalent(GatewaySku.HIGH_PERFORMANCE)).isEqualTo(GatewaySku.ERGW2AZ);
    }

    @Test
    void aScalableGatewayGrowsWithItsScaleUnitsAndIsUnknownWithoutThem() {
        assertThat(gateways.throughputMbps(GatewaySku.ERGW_SCALE, 12)).isEqualTo(12_000);
        assertThat(gateways.maxCircuits(GatewaySku.ERGW_SCALE, 1)).isEqualTo(4);
        assertThat(gateways.maxCircuits(GatewaySku.ERGW_SCALE, 9)).isEqualTo(8);
        assertThat(gateways.maxCircuits(GatewaySku.ERGW_SCALE, 10)).isEqualTo(16);
        assertThat(gateways.supportsFastPath(GatewaySku.ERGW_SCALE, 10)).isTrue();
        assertThat(gateways.lacksFastPath(GatewaySku.ERGW_SCALE, 9)).isTrue();

        assertThat(gateways.throughputMbps(GatewaySku.ERGW_SCALE, null)).isNull();
        assertThat(gateways.lacksFastPath(GatewaySku.ERGW_SCALE, null)).isFalse();
        assertThat(gateways.throughputMbps(GatewaySku.ERGW_SCALE, 41)).isNull();
        assertThat(gateways.scaleUnitsOutOfRange(GatewaySku.ERGW_SCALE, 41)).isTrue();
        assertThat(gateways.scaleUnitsCarrying(12_500)).isEqualTo(13);
        assertThat(gateways.scaleUnitsCarrying(50_000)).isNull();
        assertThat(gateways.scaleUnitsForFastPath()).isEqualTo(10);
    }

    @Test
    void proposesTheSmallestZoneRedundantSkuThatCarriesTheCircuit() {
        assertThat(gateways.smallestSkuCarrying(2000, 2)).isEqualTo(GatewaySku.ERGW2AZ);
        assertThat(gateways.smallestSkuCarrying(1000, 9)).isEqualTo(GatewaySku.ERGW3AZ);
        assertThat(gateways.smallestSkuCarrying(40_000, null)).isNull();
    }

    @Test
    void aGatewaySubnetMissesTheStrictestRequirementThatApplies() {
        assertThat(gateways.subnetShortfall(27, 2)).isNull();
        assertThat(gateways.subnetShortfall(28, null)).satisfies(r -> {
            assertThat(r.required()).isFalse();
            assertThat(r.largestPrefixLength()).isEqualTo(27);
        });
        assertThat(gateways.subnetShortfall(27, 16)).satisfies(r -> {
            assertThat(r.required()).isTrue();
            assertThat(r.largestPrefixLength()).isEqualTo(26);
        });
        assertThat(gateways.subnetShortfall(28, 16).required()).isTrue();
        assertThat(gateways.subnetShortfall(26, 16)).isNull();
    }

    @Test
    void aLocationOfTwoCloudsServesBoth() {
        assertThat(DATA.locations().serves("Washington DC", AzureCloud.AZURE)).isTrue();
        assertThat(DATA.locations().serves("washington dc", AzureCloud.AZURE_US_GOVERNMENT)).isTrue();
        assertThat(DATA.locations().serves("Amsterdam", AzureCloud.AZURE_US_GOVERNMENT)).isFalse();
        assertThat(DATA.regions().spanClouds(List.of("eastus", "usgovvirginia"))).isTrue();
        assertThat(DATA.regions().spanClouds(List.of("eastus", "West Europe"))).isFalse();
        assertThat(DATA.regions().outsideCloud(List.of("eastus", "chinanorth2"), AzureCloud.AZURE_CHINA))
                .containsExactly("eastus");
    }

    @Test
    void aGatewayFileWithoutEverySkuIsRefusedByName(@TempDir Path folder) throws IOException {
        Path skus = folder.resolve(ReferenceData.GATEWAY_SKUS);
        Files.write(skus, Files.readAllLines(FOLDER.resolve(ReferenceData.GATEWAY_SKUS)).stream()
                .filter(line -> !line.startsWith("ERGW2AZ")).toList());

        assertThatThrownBy(() -> GatewayCatalog.load(skus, FOLDER.resolve(ReferenceData.GATEWAY_SUBNETS)))
                .isInstanceOf(ReferenceDataException.class).hasMessageContaining("gateway-skus.csv")
                .hasMessageContaining("every gateway SKU");
    }
}
