package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.advice.ConnectivityModel;
import com.expressrouteadvisor.advice.Layer;
import com.expressrouteadvisor.advice.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static com.expressrouteadvisor.rules.ProfileBuilder.ready;
import static org.assertj.core.api.Assertions.assertThat;

/** Which models fit, at which layer, and the gaps about the path itself (connectivity, layer, location, bandwidth). */
@ExtendWith(AdvisorExtension.class)
class ConnectivityScenariosTest {

    private final Scenarios scenarios;

    ConnectivityScenariosTest(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    @Test
    void aReadyCustomerHasNoGapsAndNoQuestions() {
        Outcome outcome = scenarios.evaluate(ready());

        assertThat(outcome.gapCodes()).as(outcome.toString()).isEmpty();
        assertThat(outcome.questions()).isEmpty();
        assertThat(outcome.evaluation().readiness()).isEqualTo(Readiness.READY);
        assertThat(outcome.models()).containsExactly("CLOUD_EXCHANGE_COLOCATION/LAYER2");
    }

    @Test
    void noModelFitsWhenTheCustomerIsNotColocatedHasNoWanAndNeedsNoLink() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.colocatedAtCloudExchange", false));

        assertThat(outcome.evaluation().recommendations()).isEmpty();
        assertThat(outcome.gapCodes()).containsExactly("NO_CONNECTIVITY_PATH");
        assertThat(outcome.evaluation().readiness()).isEqualTo(Readiness.BLOCKED);
    }

    @Test
    void anMplsWanIsAPathWhenNothingElseFits() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.colocatedAtCloudExchange", false)
                .set("connectivity.hasMplsWan", true).set("connectivity.wanProvider", "KPN"));

        assertThat(outcome.gapCodes()).doesNotContain("NO_CONNECTIVITY_PATH");
        assertThat(outcome.topModel()).isEqualTo(ConnectivityModel.ANY_TO_ANY_IPVPN);
        assertThat(outcome.topLayer()).isEqualTo(Layer.MANAGED_LAYER3);
    }

    @Test
    void colocationRanksAboveTheMplsWan() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.hasMplsWan", true)
                .set("connectivity.wanProvider", "KPN"));

        assertThat(outcome.models()).containsExactly("CLOUD_EXCHANGE_COLOCATION/LAYER2",
                "ANY_TO_ANY_IPVPN/MANAGED_LAYER3");
    }

    @Test
    void tenGigabitsStaysOnProviderCircuits() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 10_000));

        assertThat(outcome.models()).containsExactly("CLOUD_EXCHANGE_COLOCATION/LAYER2");
        assertThat(outcome.gapCodes()).doesNotContain("BANDWIDTH_NOT_OFFERED");
    }

    @Test
    void moreThanTenGigabitsLeavesOnlyExpressRouteDirect() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 40_000));

        assertThat(outcome.models()).containsExactly("EXPRESSROUTE_DIRECT/LAYER2");
        assertThat(outcome.gapCodes()).isEmpty();
    }

    @Test
    void aBandwidthNoProviderOffersIsFlaggedAgainstTheBestModel() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 300));

        assertThat(outcome.gap("BANDWIDTH_NOT_OFFERED").message())
                .contains("300 Mbps", "CLOUD_EXCHANGE_COLOCATION", "50, 100, 200, 500, 1000, 2000, 5000, 10000");
    }

    @Test
    void anOfferedProviderBandwidthIsNotFlagged() {
        assertThat(scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 200)).gapCodes())
                .doesNotContain("BANDWIDTH_NOT_OFFERED");
    }

    @Test
    void aDirectCircuitSizeBetweenTheOfferedOnesIsFlagged() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 10_001));

        assertThat(outcome.topModel()).isEqualTo(ConnectivityModel.EXPRESSROUTE_DIRECT);
        assertThat(outcome.gap("BANDWIDTH_NOT_OFFERED").message()).contains("10001 Mbps", "EXPRESSROUTE_DIRECT");
    }

    @Test
    void requiredEncryptionAddsDirectForMacsecAtADirectSize() {
        Outcome outcome = scenarios.evaluate(ready().set("security.encryptionRequired", true));

        assertThat(outcome.models()).containsExactly("CLOUD_EXCHANGE_COLOCATION/LAYER2", "EXPRESSROUTE_DIRECT/LAYER2");
    }

    @Test
    void requiredEncryptionAddsNoDirectBelowTheSmallestDirectCircuit() {
        Outcome outcome = scenarios.evaluate(ready().set("security.encryptionRequired", true)
                .set("connectivity.bandwidthMbps", 500));

        assertThat(outcome.models()).containsExactly("CLOUD_EXCHANGE_COLOCATION/LAYER2");
    }

    @Test
    void requiredEncryptionOnAProviderPathNeedsAnEncryptionPlan() {
        Outcome outcome = scenarios.evaluate(ready().set("security.encryptionRequired", true));

        assertThat(outcome.gap("ENCRYPTION_NOT_PLANNED").severity().name()).isEqualTo("WARNING");
        assertThat(outcome.evaluation().readiness()).isEqualTo(Readiness.READY_WITH_WARNINGS);
    }

    @Test
    void requiredEncryptionOnExpressRouteDirectIsCoveredByMacsec() {
        Outcome outcome = scenarios.evaluate(ready().set("security.encryptionRequired", true)
                .set("connectivity.bandwidthMbps", 100_000));

        assertThat(outcome.topModel()).isEqualTo(ConnectivityModel.EXPRESSROUTE_DIRECT);
        assertThat(outcome.gapCodes()).doesNotContain("ENCRYPTION_NOT_PLANNED");
    }

    @Test
    void noEncryptionRequirementNeedsNoPlan() {
        assertThat(scenarios.evaluate(ready().set("security.encryptionRequired", false)).gapCodes())
                .doesNotContain("ENCRYPTION_NOT_PLANNED");
    }

    @Test
    void anUnknownEncryptionRequirementIsAsked() {
        assertThat(scenarios.evaluate(ready().remove("security.encryptionRequired")).questions())
                .contains("security.encryptionRequired");
    }

    // ---- Layer and BGP ----------------------------------------------------------------------------------

    @Test
    void aColocatedCustomerWithoutBgpGetsManagedLayer3() {
        Outcome outcome = scenarios.evaluate(ready().set("routing.bgpCapable", false));

        assertThat(outcome.models()).containsExactly("CLOUD_EXCHANGE_COLOCATION/MANAGED_LAYER3");
        assertThat(outcome.gapCodes()).doesNotContain("CUSTOMER_BGP_REQUIRED");
    }

    @Test
    void unknownBgpSkillsOfferBothLayersAndAsk() {
        Outcome outcome = scenarios.evaluate(ready().remove("routing.bgpCapable"));

        assertThat(outcome.models()).containsExactly("CLOUD_EXCHANGE_COLOCATION/MANAGED_LAYER3",
                "CLOUD_EXCHANGE_COLOCATION/LAYER2");
        assertThat(outcome.questions()).contains("routing.bgpCapable");
        assertThat(outcome.gapCodes()).doesNotContain("CUSTOMER_BGP_REQUIRED", "ASN_MISSING");
    }

    @Test
    void pointToPointWithoutBgpIsBlocked() {
        Outcome outcome = scenarios.evaluate(pointToPoint().set("routing.bgpCapable", false));

        assertThat(outcome.models()).containsExactly("POINT_TO_POINT_ETHERNET/LAYER2");
        assertThat(outcome.gapCodes()).contains("CUSTOMER_BGP_REQUIRED");
    }

    @Test
    void pointToPointWithoutBgpIsFineWhenAManagedMplsPathAlsoFits() {
        Outcome outcome = scenarios.evaluate(pointToPoint().set("routing.bgpCapable", false)
                .set("connectivity.hasMplsWan", true).set("connectivity.wanProvider", "KPN"));

        assertThat(outcome.gapCodes()).doesNotContain("CUSTOMER_BGP_REQUIRED");
    }

    @Test
    void expressRouteDirectWithoutBgpIsBlocked() {
        Outcome outcome = scenarios.evaluate(ready().set("routing.bgpCapable", false)
                .set("connectivity.bandwidthMbps", 100_000));

        assertThat(outcome.gapCodes()).contains("CUSTOMER_BGP_REQUIRED");
    }

    // ---- Subscription and location ------------------------------------------------------------------------

    @Test
    void withoutAnAzureSubscriptionNothingCanBeProvisioned() {
        assertThat(scenarios.evaluate(ready().set("azureSubscription", false)).gapCodes())
                .contains("NO_AZURE_SUBSCRIPTION");
    }

    @Test
    void anUnknownSubscriptionIsAskedNotFlagged() {
        Outcome outcome = scenarios.evaluate(ready().remove("azureSubscription"));

        assertThat(outcome.gapCodes()).doesNotContain("NO_AZURE_SUBSCRIPTION");
        assertThat(outcome.questions()).contains("azureSubscription");
    }

    @Test
    void aWanProviderThatIsNotAPartnerAtTheLocationIsBlocked() {
        Outcome outcome = scenarios.evaluate(mpls("KPN", "Frankfurt"));

        assertThat(outcome.gap("PROVIDER_NOT_AT_LOCATION").message()).contains("KPN", "Frankfurt");
    }

    @Test
    void theSameWanProviderAtALocationWhereItIsAPartnerIsFine() {
        assertThat(scenarios.evaluate(mpls("KPN", "Amsterdam")).gapCodes()).doesNotContain("PROVIDER_NOT_AT_LOCATION");
    }

    @Test
    void anExchangeThatIsNotAtTheLocationIsBlocked() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.cloudExchangeProvider", "NL-IX"));

        assertThat(outcome.gap("PROVIDER_NOT_AT_LOCATION").message()).contains("NL-IX", "Amsterdam");
    }

    @Test
    void theSameExchangeAtItsOwnLocationIsFine() {
        assertThat(scenarios.evaluate(ready().set("connectivity.cloudExchangeProvider", "NL-IX")
                .set("connectivity.peeringLocation", "Amsterdam2")).gapCodes())
                .doesNotContain("PROVIDER_NOT_AT_LOCATION");
    }

    @Test
    void anUnknownPeeringLocationIsAWarningAndSkipsTheProviderCheck() {
        Outcome outcome = scenarios.evaluate(mpls("KPN", "Eindhoven"));

        assertThat(outcome.gapCodes()).contains("UNKNOWN_PEERING_LOCATION").doesNotContain("PROVIDER_NOT_AT_LOCATION");
        assertThat(outcome.gap("UNKNOWN_PEERING_LOCATION").severity().name()).isEqualTo("WARNING");
    }

    @Test
    void aPeeringLocationWrittenWithOtherCaseAndSpacingIsKnown() {
        assertThat(scenarios.evaluate(ready().set("connectivity.peeringLocation", "amsterdam 2")).gapCodes())
                .doesNotContain("UNKNOWN_PEERING_LOCATION", "PROVIDER_NOT_AT_LOCATION");
    }

    @Test
    void expressRouteDirectAtALocationWithoutDirectPortsIsBlocked() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 40_000)
                .set("connectivity.peeringLocation", "Marseille").set("azure.regions", List.of("francecentral")));

        assertThat(outcome.gap("DIRECT_NOT_AT_LOCATION").message()).contains("Marseille");
    }

    @Test
    void expressRouteDirectAtALocationWithDirectPortsIsFine() {
        assertThat(scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 40_000)).gapCodes())
                .doesNotContain("DIRECT_NOT_AT_LOCATION");
    }

    @Test
    void aProviderCircuitAtALocationWithoutDirectPortsIsFine() {
        assertThat(scenarios.evaluate(ready().set("connectivity.peeringLocation", "Marseille")
                .set("connectivity.cloudExchangeProvider", "Interxion")
                .set("azure.regions", List.of("francecentral"))).gapCodes())
                .doesNotContain("DIRECT_NOT_AT_LOCATION");
    }

    @Test
    void aDirectCircuitAbove100GigabitsNeeds400gPorts() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 200_000));

        assertThat(outcome.gap("DIRECT_400G_PORT_REQUIRED").severity().name()).isEqualTo("WARNING");
    }

    @Test
    void aDirectCircuitOf100GigabitsFitsA100gPort() {
        assertThat(scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 100_000)).gapCodes())
                .doesNotContain("DIRECT_400G_PORT_REQUIRED");
    }

    private static ProfileBuilder pointToPoint() {
        return ready().set("connectivity.colocatedAtCloudExchange", false)
                .set("connectivity.needsPointToPoint", true).set("connectivity.ethernetProvider", "Colt");
    }

    private static ProfileBuilder mpls(String provider, String location) {
        return ready().set("connectivity.colocatedAtCloudExchange", false)
                .set("connectivity.hasMplsWan", true).set("connectivity.wanProvider", provider)
                .set("connectivity.peeringLocation", location)
                .set("azure.regions", List.of("westeurope"));
    }
}
