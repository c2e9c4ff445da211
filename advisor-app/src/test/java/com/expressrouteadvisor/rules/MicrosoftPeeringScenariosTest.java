package com.expressrouteadvisor.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static com.expressrouteadvisor.rules.ProfileBuilder.ready;
import static com.expressrouteadvisor.rules.ProfileBuilder.readyWithMicrosoftPeering;
import static org.assertj.core.api.Assertions.assertThat;

/** NAT, Microsoft 365, Dynamics 365, QoS, route filters and the retired public peering. */
@ExtendWith(AdvisorExtension.class)
class MicrosoftPeeringScenariosTest {

    private final Scenarios scenarios;

    MicrosoftPeeringScenariosTest(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    @Test
    void validMicrosoftPeeringOnlyRemindsOfTheRouteFilter() {
        Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering());

        assertThat(outcome.gapCodes()).containsExactly("ROUTE_FILTER_REQUIRED");
        assertThat(outcome.gap("ROUTE_FILTER_REQUIRED").severity().name()).isEqualTo("INFO");
        assertThat(outcome.evaluation().readiness().name()).isEqualTo("READY");
    }

    @Test
    void withoutMicrosoftPeeringThereIsNoRouteFilterReminder() {
        assertThat(scenarios.evaluate(ready()).gapCodes()).doesNotContain("ROUTE_FILTER_REQUIRED");
    }

    // ---- NAT ------------------------------------------------------------------------------------------------

    @Test
    void microsoftPeeringWithoutNatIsBlocked() {
        Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering().set("peerings.microsoft.natPlanned", false));

        assertThat(outcome.gap("NAT_REQUIRED").message()).contains("without a NAT plan");
    }

    @Test
    void aNatPoolOfPrivateAddressesIsBlocked() {
        Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering().set("peerings.microsoft.natPoolPublic", false));

        assertThat(outcome.gap("NAT_REQUIRED").message()).contains("NAT pool of private addresses");
    }

    @Test
    void natToAPublicPoolIsFine() {
        assertThat(scenarios.evaluate(readyWithMicrosoftPeering()).gapCodes()).doesNotContain("NAT_REQUIRED");
    }

    @Test
    void managedLayer3StillNeedsNatForMicrosoftPeering() {
        assertThat(scenarios.evaluate(readyWithMicrosoftPeering().set("routing.bgpCapable", false)
                .set("peerings.microsoft.natPlanned", false)).gapCodes()).contains("NAT_REQUIRED");
    }

    @Test
    void noMicrosoftPeeringNeedsNoNat() {
        assertThat(scenarios.evaluate(ready().set("peerings.microsoft.natPlanned", false)).gapCodes())
                .doesNotContain("NAT_REQUIRED");
    }

    @Test
    void anUnknownNatPlanIsAsked() {
        Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering().remove("peerings.microsoft.natPlanned"));

        assertThat(outcome.gapCodes()).doesNotContain("NAT_REQUIRED");
        assertThat(outcome.questions()).contains("peerings.microsoft.natPlanned");
    }

    // ---- Microsoft 365 and Dynamics 365 -----------------------------------------------------------------------

    @Test
    void microsoft365WithoutAuthorizationIsBlocked() {
        assertThat(scenarios.evaluate(microsoft365().set("workloads.microsoft365Authorized", false)).gapCodes())
                .contains("M365_AUTHORIZATION_REQUIRED");
    }

    @Test
    void authorizedMicrosoft365IsFine() {
        assertThat(scenarios.evaluate(microsoft365().set("workloads.microsoft365Authorized", true)).gapCodes())
                .doesNotContain("M365_AUTHORIZATION_REQUIRED");
    }

    @Test
    void unknownAuthorizationIsAskedNotFlagged() {
        Outcome outcome = scenarios.evaluate(microsoft365().remove("workloads.microsoft365Authorized"));

        assertThat(outcome.gapCodes()).doesNotContain("M365_AUTHORIZATION_REQUIRED");
        assertThat(outcome.questions()).contains("workloads.microsoft365Authorized");
    }

    @Test
    void microsoft365WithoutMicrosoftPeeringStaysOnTheInternet() {
        assertThat(scenarios.evaluate(ready().set("workloads.microsoft365", true)).gapCodes())
                .doesNotContain("M365_AUTHORIZATION_REQUIRED", "PREMIUM_REQUIRED");
    }

    @Test
    void microsoft365OverExpressRouteNeedsPremium() {
        Outcome outcome = scenarios.evaluate(microsoft365().set("azure.sku", "STANDARD"));

        assertThat(outcome.gap("PREMIUM_REQUIRED").message()).contains("Microsoft 365 over ExpressRoute");
    }

    @Test
    void microsoft365OnPremiumNeedsNoUpgrade() {
        assertThat(scenarios.evaluate(microsoft365()).gapCodes()).doesNotContain("PREMIUM_REQUIRED");
    }

    @Test
    void dynamics365InTheGeopoliticalRegionNeedsRegionalCommunitiesNotPremium() {
        Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering().set("workloads.dynamics365", true));

        assertThat(outcome.gap("DYNAMICS365_REGIONAL_COMMUNITIES").message()).contains("westeurope", "Europe");
        assertThat(outcome.gapCodes()).doesNotContain("PREMIUM_REQUIRED");
    }

    @Test
    void dynamics365WithARegionElsewhereGetsNoRegionalAdvice() {
        assertThat(scenarios.evaluate(readyWithMicrosoftPeering().set("workloads.dynamics365", true)
                .set("azure.regions", List.of("westeurope", "eastus"))).gapCodes())
                .doesNotContain("DYNAMICS365_REGIONAL_COMMUNITIES");
    }

    // ---- QoS --------------------------------------------------------------------------------------------------

    @Test
    void realtimeMediaOverMicrosoftPeeringWithoutDscpIsAWarning() {
        Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering().set("workloads.realtimeMedia", true)
                .set("workloads.dscpMarking", false));

        assertThat(outcome.gap("QOS_MARKING_REQUIRED").severity().name()).isEqualTo("WARNING");
    }

    @Test
    void markedRealtimeMediaIsFine() {
        assertThat(scenarios.evaluate(readyWithMicrosoftPeering().set("workloads.realtimeMedia", true)
                .set("workloads.dscpMarking", true)).gapCodes())
                .doesNotContain("QOS_MARKING_REQUIRED", "QOS_NOT_PRIORITISED_ON_PRIVATE_PEERING");
    }

    @Test
    void qosMarkingIsOnlyRequiredOverMicrosoftPeering() {
        Outcome outcome = scenarios.evaluate(ready().set("workloads.realtimeMedia", true)
                .set("workloads.dscpMarking", false));

        assertThat(outcome.gapCodes()).doesNotContain("QOS_MARKING_REQUIRED")
                .contains("QOS_NOT_PRIORITISED_ON_PRIVATE_PEERING");
    }

    @Test
    void unknownMarkingIsAsked() {
        assertThat(scenarios.evaluate(readyWithMicrosoftPeering().set("workloads.realtimeMedia", true)
                .remove("workloads.dscpMarking")).questions()).contains("workloads.dscpMarking");
    }

    // ---- Azure public peering ---------------------------------------------------------------------------------

    @Test
    void azurePublicPeeringIsRetired() {
        assertThat(scenarios.evaluate(ready().set("peerings.azurePublic.enabled", true)).gapCodes())
                .contains("AZURE_PUBLIC_PEERING_RETIRED");
    }

    @Test
    void notAskingForPublicPeeringIsFine() {
        assertThat(scenarios.evaluate(ready().set("peerings.azurePublic.enabled", false)).gapCodes())
                .doesNotContain("AZURE_PUBLIC_PEERING_RETIRED");
    }

    private static ProfileBuilder microsoft365() {
        return readyWithMicrosoftPeering().set("workloads.microsoft365", true)
                .set("workloads.microsoft365Authorized", true).set("azure.sku", "PREMIUM");
    }
}
