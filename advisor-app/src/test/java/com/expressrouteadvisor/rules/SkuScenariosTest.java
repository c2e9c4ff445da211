package com.expressrouteadvisor.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static com.expressrouteadvisor.rules.ProfileBuilder.ready;
import static org.assertj.core.api.Assertions.assertThat;

/** Regions, VNet links and the SKU that reaches them: Local, Standard, Premium, national clouds. */
@ExtendWith(AdvisorExtension.class)
class SkuScenariosTest {

    private final Scenarios scenarios;

    SkuScenariosTest(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    // ---- Geopolitical region ----------------------------------------------------------------------------------

    @Test
    void regionsInTheSameGeopoliticalRegionNeedNoPremium() {
        assertThat(scenarios.evaluate(ready().set("azure.regions", List.of("westeurope", "swedencentral"))).gapCodes())
                .doesNotContain("PREMIUM_REQUIRED");
    }

    @Test
    void aRegionInAnotherGeopoliticalRegionNeedsPremium() {
        Outcome outcome = scenarios.evaluate(ready().set("azure.regions", List.of("westeurope", "southeastasia")));

        assertThat(outcome.gap("PREMIUM_REQUIRED").message()).contains("southeastasia", "Europe", "Amsterdam")
                .doesNotContain("westeurope");
    }

    @Test
    void premiumReachesOtherGeopoliticalRegions() {
        assertThat(scenarios.evaluate(ready().set("azure.sku", "PREMIUM")
                .set("azure.regions", List.of("westeurope", "southeastasia"))).gapCodes())
                .doesNotContain("PREMIUM_REQUIRED");
    }

    @Test
    void regionNamesMatchRegardlessOfCaseAndSpacing() {
        Outcome outcome = scenarios.evaluate(ready().set("azure.regions", List.of("West Europe", "NORTHEUROPE",
                "south east asia")));

        assertThat(outcome.gapCodes()).doesNotContain("UNKNOWN_AZURE_REGION");
        assertThat(outcome.gap("PREMIUM_REQUIRED").message()).contains("south east asia");
    }

    @Test
    void anUnknownRegionIsAWarningAndNotTreatedAsOutside() {
        Outcome outcome = scenarios.evaluate(ready().set("azure.regions", List.of("westeurop")));

        assertThat(outcome.gap("UNKNOWN_AZURE_REGION").message()).contains("westeurop");
        assertThat(outcome.gapCodes()).doesNotContain("PREMIUM_REQUIRED");
    }

    @Test
    void aBrusselsCircuitReachesEuropeOnStandard() {
        assertThat(scenarios.evaluate(atBrussels().set("azure.regions", List.of("westeurope"))).gapCodes())
                .doesNotContain("PREMIUM_REQUIRED");
        assertThat(scenarios.evaluate(atBrussels().set("azure.regions", List.of("eastus"))).gapCodes())
                .contains("PREMIUM_REQUIRED");
    }

    @Test
    void aRegionInANationalCloudIsOutOfReachEvenForPremium() {
        Outcome outcome = scenarios.evaluate(ready().set("azure.sku", "PREMIUM")
                .set("azure.regions", List.of("westeurope", "usgovvirginia")));

        assertThat(outcome.gap("NATIONAL_CLOUD_REGION").message()).contains("usgovvirginia", "Amsterdam");
    }

    @Test
    void aNationalCloudRegionIsNotAPremiumQuestion() {
        Outcome outcome = scenarios.evaluate(ready().set("azure.regions", List.of("chinanorth2")));

        assertThat(outcome.gapCodes()).contains("NATIONAL_CLOUD_REGION").doesNotContain("PREMIUM_REQUIRED");
    }

    @Test
    void aUsGovernmentLocationReachesUsGovernmentRegions() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.peeringLocation", "Washington DC")
                .set("azure.regions", List.of("usgovvirginia")));

        assertThat(outcome.gapCodes()).doesNotContain("NATIONAL_CLOUD_REGION", "PREMIUM_REQUIRED");
    }

    // ---- Local ------------------------------------------------------------------------------------------------

    @Test
    void localReachesTheLocationsLocalRegion() {
        assertThat(scenarios.evaluate(local().set("azure.regions", List.of("West Europe"))).gapCodes())
                .doesNotContain("LOCAL_SKU_REGION_MISMATCH", "LOCAL_SKU_UNAVAILABLE");
    }

    @Test
    void localDoesNotReachAnotherRegionOfTheSameGeopoliticalRegion() {
        Outcome outcome = scenarios.evaluate(local().set("azure.regions", List.of("westeurope", "northeurope")));

        assertThat(outcome.gap("LOCAL_SKU_REGION_MISMATCH").message()).contains("northeurope", "Amsterdam")
                .doesNotContain("westeurope");
        assertThat(outcome.gapCodes()).doesNotContain("PREMIUM_REQUIRED");
    }

    @Test
    void localIsNotSoldWhereNoRegionIsLocal() {
        Outcome outcome = scenarios.evaluate(local().set("connectivity.peeringLocation", "Atlanta")
                .set("azure.regions", List.of("eastus")));

        assertThat(outcome.gap("LOCAL_SKU_UNAVAILABLE").message()).contains("Atlanta");
        assertThat(outcome.gapCodes()).doesNotContain("LOCAL_SKU_REGION_MISMATCH");
    }

    @Test
    void localAtBrusselsFollowsTheNewerMetroDocument() {
        assertThat(scenarios.evaluate(local().set("connectivity.peeringLocation", "Brussels")
                .set("connectivity.cloudExchangeProvider", "Digital Realty")
                .set("azure.regions", List.of("belgiumcentral"))).gapCodes())
                .doesNotContain("LOCAL_SKU_UNAVAILABLE", "LOCAL_SKU_REGION_MISMATCH");
    }

    // ---- VNet links -------------------------------------------------------------------------------------------

    @Test
    void tenVnetLinksFitStandard() {
        assertThat(scenarios.evaluate(ready().set("azure.vnetLinks", 10)).gapCodes())
                .doesNotContain("PREMIUM_REQUIRED", "VNET_LINK_LIMIT_EXCEEDED");
    }

    @Test
    void elevenVnetLinksNeedPremium() {
        Outcome outcome = scenarios.evaluate(ready().set("azure.vnetLinks", 11));

        assertThat(outcome.gap("PREMIUM_REQUIRED").message()).contains("11 VNet links", "10", "STANDARD");
        assertThat(outcome.gapCodes()).doesNotContain("VNET_LINK_LIMIT_EXCEEDED");
    }

    @Test
    void premiumAtOneGigabitAllowsFiftyVnetLinks() {
        assertThat(scenarios.evaluate(ready().set("azure.sku", "PREMIUM").set("azure.vnetLinks", 50)).gapCodes())
                .doesNotContain("VNET_LINK_LIMIT_EXCEEDED");
    }

    @Test
    void fiftyOneVnetLinksNeedALargerPremiumCircuit() {
        Outcome outcome = scenarios.evaluate(ready().set("azure.sku", "PREMIUM").set("azure.vnetLinks", 51));

        assertThat(outcome.gap("VNET_LINK_LIMIT_EXCEEDED").message()).contains("51", "50");
        assertThat(outcome.gap("VNET_LINK_LIMIT_EXCEEDED").remediation()).contains("2000 Mbps");
    }

    @Test
    void moreVnetLinksThanAnyCircuitAllowsMustBeSpread() {
        Outcome outcome = scenarios.evaluate(ready().set("azure.sku", "PREMIUM").set("azure.vnetLinks", 101)
                .set("connectivity.bandwidthMbps", 10_000));

        assertThat(outcome.gap("VNET_LINK_LIMIT_EXCEEDED").remediation()).contains("second circuit");
    }

    @Test
    void standardWithTooManyLinksForPremiumGetsTheLimitGapNotPremium() {
        Outcome outcome = scenarios.evaluate(ready().set("azure.vnetLinks", 51));

        assertThat(outcome.gapCodes()).contains("VNET_LINK_LIMIT_EXCEEDED").doesNotContain("PREMIUM_REQUIRED");
    }

    // ---- Questions --------------------------------------------------------------------------------------------

    @Test
    void anUndecidedSkuIsAskedWhenARegionNeedsPremium() {
        Outcome outcome = scenarios.evaluate(ready().remove("azure.sku").set("azure.regions", List.of("eastus")));

        assertThat(outcome.questions()).contains("azure.sku");
        assertThat(outcome.gapCodes()).doesNotContain("PREMIUM_REQUIRED");
    }

    @Test
    void anUndecidedSkuIsNotAskedWhenStandardCoversThePlan() {
        assertThat(scenarios.evaluate(ready().remove("azure.sku")).questions()).doesNotContain("azure.sku");
    }

    @Test
    void unknownRegionsAndLinksAreAskedOnStandard() {
        assertThat(scenarios.evaluate(ready().remove("azure.regions").remove("azure.vnetLinks")).questions())
                .contains("azure.regions", "azure.vnetLinks");
    }

    private static ProfileBuilder local() {
        return ready().set("azure.sku", "LOCAL");
    }

    private static ProfileBuilder atBrussels() {
        return ready().set("connectivity.peeringLocation", "Brussels")
                .set("connectivity.cloudExchangeProvider", "Digital Realty");
    }
}
