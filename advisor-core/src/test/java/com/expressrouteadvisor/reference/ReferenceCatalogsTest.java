package com.expressrouteadvisor.reference;

import com.expressrouteadvisor.advice.ConnectivityModel;
import com.expressrouteadvisor.profile.Sku;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogs read from facts/reference, and how they fail on bad data. */
class ReferenceCatalogsTest {

    private static final Path FOLDER = Path.of("facts", "reference");
    private static final ReferenceData DATA = ReferenceData.load(FOLDER);

    @Test
    void exposesEveryCatalogAsADrlGlobal() {
        assertThat(DATA.globals()).containsOnlyKeys("locations", "azureRegions", "limits", "bandwidths", "asns",
                "metros", "gateways", "addressing");
    }

    // ---- Azure regions ----------------------------------------------------------------------------------------

    @Test
    void findsRegionsByProgrammaticOrDisplayNameRegardlessOfCaseAndSpacing() {
        AzureRegionCatalog regions = DATA.regions();

        for (String name : List.of("westeurope", "West Europe", "WEST EUROPE", " west  europe ")) {
            assertThat(regions.find(name)).as(name).hasValueSatisfying(r -> {
                assertThat(r.name()).isEqualTo("westeurope");
                assertThat(r.geopoliticalRegion()).isEqualTo("Europe");
            });
        }
        assertThat(regions.isKnown("westeurop")).isFalse();
    }

    @Test
    void mapsEveryLocalRegionOfEveryPeeringLocationToThatLocationsGeopoliticalRegion() {
        var rows = CsvTable.read(FOLDER.resolve(ReferenceData.PEERING_LOCATIONS), "location", "geopolitical_region",
                "local_azure_regions");
        for (var row : rows) {
            for (String local : CsvTable.list(row.get("local_azure_regions"))) {
                assertThat(DATA.regions().find(local)).as(row.get("location") + ": " + local)
                        .hasValueSatisfying(r -> assertThat(r.geopoliticalRegion())
                                .isEqualTo(row.get("geopolitical_region")));
            }
        }
        assertThat(rows).allSatisfy(row -> assertThat(row.get("geopolitical_region")).as(row.get("location"))
                .isNotEmpty());
    }

    @Test
    void listsRegionsOutsideTheLocationsGeopoliticalRegionInTheCustomersSpelling() {
        assertThat(DATA.regions().outsideGeopoliticalRegion(List.of("westeurope", "East US", "japaneast"), "Amsterdam"))
                .containsExactly("East US", "japaneast");
    }

    @Test
    void aSharedCommercialAndGovernmentLocationNameReachesBothClouds() {
        assertThat(DATA.regions().inOtherCloud(List.of("usgovvirginia", "eastus"), "Washington DC")).isEmpty();
        assertThat(DATA.regions().inOtherCloud(List.of("usgovvirginia", "chinaeast2"), "Amsterdam"))
                .containsExactly("usgovvirginia", "chinaeast2");
    }

    @Test
    void anUnknownLocationDecidesNothing() {
        assertThat(DATA.regions().outsideGeopoliticalRegion(List.of("eastus"), "Eindhoven")).isEmpty();
        assertThat(DATA.regions().notLocalTo(List.of("eastus"), "Eindhoven")).isEmpty();
    }

    @Test
    void localRegionsComeFromThePeeringLocation() {
        assertThat(DATA.regions().notLocalTo(List.of("westeurope", "northeurope"), "Amsterdam2"))
                .containsExactly("northeurope");
        assertThat(DATA.regions().allLocalTo(List.of("West Europe"), "Amsterdam")).isTrue();
        assertThat(DATA.locations().offersLocal("Atlanta")).isFalse();
    }

    // ---- Limits -----------------------------------------------------------------------------------------------

    @Test
    void prefixLimitsFollowPeeringFamilyAndSku() {
        LimitCatalog limits = DATA.limits();

        assertThat(limits.prefixLimit(Peering.PRIVATE, AddressFamily.IPV4, Sku.STANDARD)).isEqualTo(4000);
        assertThat(limits.prefixLimit(Peering.PRIVATE, AddressFamily.IPV4, Sku.LOCAL)).isEqualTo(4000);
        assertThat(limits.prefixLimit(Peering.PRIVATE, AddressFamily.IPV4, Sku.PREMIUM)).isEqualTo(10_000);
        assertThat(limits.prefixLimit(Peering.PRIVATE, AddressFamily.IPV6, Sku.PREMIUM)).isEqualTo(100);
        assertThat(limits.prefixLimit(Peering.MICROSOFT, AddressFamily.IPV4, Sku.PREMIUM)).isEqualTo(200);
        assertThat(limits.prefixLimit(Peering.PRIVATE, AddressFamily.IPV4, null)).isEqualTo(10_000);
        assertThat(limits.mostLenientSku(Peering.MICROSOFT, AddressFamily.IPV4)).isEqualTo(Sku.LOCAL);
    }

    @Test
    void vnetLinksScaleWithBandwidthOnPremiumOnly() {
        LimitCatalog limits = DATA.limits();

        assertThat(limits.vnetLinks(Sku.STANDARD, 10_000)).isEqualTo(10);
        assertThat(limits.vnetLinks(Sku.PREMIUM, 50)).isEqualTo(20);
        assertThat(limits.vnetLinks(Sku.PREMIUM, 1000)).isEqualTo(50);
        assertThat(limits.vnetLinks(Sku.PREMIUM, 300)).as("between rows: the row below").isEqualTo(25);
        assertThat(limits.vnetLinks(Sku.PREMIUM, null)).isEqualTo(100);
        assertThat(limits.smallestBandwidthForVnetLinks(Sku.PREMIUM, 51)).isEqualTo(2000);
        assertThat(limits.smallestBandwidthForVnetLinks(Sku.PREMIUM, 101)).isNull();
    }

    @Test
    void gatewayPrefixLimitsPerFamily() {
        assertThat(DATA.limits().gatewayPrefixLimit(AddressFamily.IPV4)).isEqualTo(1000);
        assertThat(DATA.limits().gatewayPrefixLimit(AddressFamily.IPV6)).isEqualTo(100);
    }

    @Test
    void theLargestVpnGatewayBoundsIpsecThroughput() {
        assertThat(DATA.limits().vpnGatewayIpsecThroughputMbps()).isEqualTo(10_000);
    }

    // ---- Bandwidths, ASNs, metros -----------------------------------------------------------------------------

    @Test
    void bandwidthsComeFromTheModelsOffer() {
        BandwidthCatalog bandwidths = DATA.bandwidths();

        assertThat(bandwidths.offers(ConnectivityModel.ANY_TO_ANY_IPVPN, 200)).isTrue();
        assertThat(bandwidths.offers(ConnectivityModel.ANY_TO_ANY_IPVPN, 300)).isFalse();
        assertThat(bandwidths.beyondProviderCircuits(10_000)).isFalse();
        assertThat(bandwidths.beyondProviderCircuits(10_001)).isTrue();
        assertThat(bandwidths.offers(ConnectivityModel.EXPRESSROUTE_DIRECT, 400_000)).isTrue();
        assertThat(bandwidths.smallestDirectPortGbps(10_000)).isEqualTo(10);
        assertThat(bandwidths.smallestDirectPortGbps(40_000)).isEqualTo(100);
        assertThat(bandwidths.smallestDirectPortGbps(200_000)).isEqualTo(400);
    }

    @Test
    void reservedAsnsHaveAScope() {
        ReservedAsnCatalog asns = DATA.asns();

        assertThat(asns.reservedOnEveryPeering(65_515L)).isTrue();
        assertThat(asns.reservedOnEveryPeering(65_520L)).isTrue();
        assertThat(asns.reservedOnEveryPeering(65_521L)).isFalse();
        assertThat(asns.reservedOnEveryPeering(64_500L)).isFalse();
        assertThat(asns.reservedOnMicrosoftPeering(64_500L)).isTrue();
        assertThat(asns.isPrivate(64_512L)).isTrue();
        assertThat(asns.isPrivate(64_511L)).isFalse();
        assertThat(asns.isPrivate(4_200_000_000L)).isTrue();
    }

    @Test
    void metrosPairCityAndCity2() {
        assertThat(DATA.metros().offersMetro("amsterdam 2")).isTrue();
        assertThat(DATA.metros().locationsOf("Amsterdam")).isEqualTo("Amsterdam + Amsterdam2");
        assertThat(DATA.metros().offersMetro("London")).isFalse();
        assertThat(DATA.metros().all()).hasSize(28);
    }

    // ---- Bad data -------------------------------------------------------------------------------------------

    @Test
    void aMissingFileIsNamed(@TempDir Path folder) throws IOException {
        copyAllBut(folder, ReferenceData.METROS);

        assertThatThrownBy(() -> ReferenceData.load(folder)).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("metros.csv");
    }

    @Test
    void aPrefixTableWithoutEverySkuIsRefused(@TempDir Path folder) throws IOException {
        copyAllBut(folder, "");
        Path file = folder.resolve(ReferenceData.PREFIX_LIMITS);
        Files.write(file, Files.readAllLines(file).stream().filter(l -> !l.startsWith("private,ipv4,LOCAL")).toList());

        assertThatThrownBy(() -> ReferenceData.load(folder)).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("prefix-limits.csv").hasMessageContaining("private").hasMessageContaining("ipv4");
    }

    @Test
    void aGatewayTableWithoutTheVpnGatewayThroughputIsRefused(@TempDir Path folder) throws IOException {
        copyAllBut(folder, "");
        Path file = folder.resolve(ReferenceData.GATEWAY_LIMITS);
        Files.write(file, Files.readAllLines(file).stream().filter(l -> !l.startsWith("vpn_gateway")).toList());

        assertThatThrownBy(() -> ReferenceData.load(folder)).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("gateway-limits.csv").hasMessageContaining("vpn_gateway_ipsec_throughput_mbps");
    }

    @Test
    void aNonNumericLimitIsRefusedWithItsColumn(@TempDir Path folder) throws IOException {
        copyAllBut(folder, "");
        Path file = folder.resolve(ReferenceData.VNET_LINKS);
        Files.writeString(file, Files.readString(file).replace("PREMIUM,50,20", "PREMIUM,50,twenty"));

        assertThatThrownBy(() -> ReferenceData.load(folder)).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("vnet-links.csv").hasMessageContaining("max_vnet_links")
                .hasMessageContaining("twenty");
    }

    private static void copyAllBut(Path target, String skipped) throws IOException {
        for (String name : ReferenceData.FILES) {
            if (!name.equals(skipped)) {
                Files.copy(FOLDER.resolve(name), target.resolve(name));
            }
        }
    }
}
