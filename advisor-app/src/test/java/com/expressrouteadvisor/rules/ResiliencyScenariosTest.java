package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.advice.Resiliency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static com.expressrouteadvisor.rules.ProfileBuilder.ready;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resiliency tier and score (weights in rules/resiliency.drl and docs/resiliency.md: sites 60/30/15, second
 * circuit +20, two edge routers +20), and the warnings about site diversity.
 */
@ExtendWith(AdvisorExtension.class)
class ResiliencyScenariosTest {

    private final Scenarios scenarios;

    ResiliencyScenariosTest(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    @Test
    void twoCircuitsInTwoLocationsWithTwoRoutersScoreMaximum() {
        assertThat(resiliency(ready())).isEqualTo(new Resiliency("MAXIMUM", 100));
    }

    @Test
    void oneRouterCostsTwentyPoints() {
        assertThat(resiliency(ready().set("routing.edgeRouters", 1))).isEqualTo(new Resiliency("MAXIMUM", 80));
    }

    @Test
    void aMetroCircuitIsHigh() {
        assertThat(resiliency(metro())).isEqualTo(new Resiliency("HIGH", 50));
    }

    @Test
    void oneCircuitInOneLocationIsStandardAsInTheContractExample() {
        assertThat(resiliency(single())).isEqualTo(new Resiliency("STANDARD", 35));
    }

    @Test
    void twoCircuitsInOneLocationAreStandard() {
        assertThat(resiliency(ready().set("resilience.peeringLocations", 1))).isEqualTo(new Resiliency("STANDARD", 55));
    }

    @Test
    void twoCircuitsInTwoLocationsOutrankMetroEvenWhenMetroIsSet() {
        assertThat(resiliency(ready().set("resilience.metro", true)).tier()).isEqualTo("MAXIMUM");
    }

    @Test
    void unknownResilienceCountsAsOneSiteAndIsAsked() {
        Outcome outcome = scenarios.evaluate(ready().remove("resilience").remove("routing.edgeRouters")
                .set("routing.bgpCapable", false));

        assertThat(outcome.evaluation().resiliency()).isEqualTo(new Resiliency("STANDARD", 15));
        assertThat(outcome.questions()).contains("resilience.circuits", "resilience.production");
        assertThat(outcome.gapCodes()).doesNotContain("PRODUCTION_RESILIENCY_TOO_LOW", "SINGLE_PEERING_LOCATION");
    }

    @Test
    void everyResultCarriesResiliencyEvenWithoutAPath() {
        Outcome outcome = scenarios.evaluate(ProfileBuilder.empty().set("connectivity.colocatedAtCloudExchange", false)
                .set("connectivity.hasMplsWan", false).set("connectivity.needsPointToPoint", false)
                .set("connectivity.bandwidthMbps", 500));

        assertThat(outcome.gapCodes()).contains("NO_CONNECTIVITY_PATH");
        assertThat(outcome.evaluation().resiliency()).isNotNull();
    }

    // ---- SINGLE_PEERING_LOCATION ----------------------------------------------------------------------------

    @Test
    void allCircuitsInOneLocationShareItsOutages() {
        assertThat(scenarios.evaluate(ready().set("resilience.peeringLocations", 1)).gapCodes())
                .contains("SINGLE_PEERING_LOCATION").doesNotContain("PRODUCTION_RESILIENCY_TOO_LOW");
    }

    @Test
    void circuitsInTwoLocationsAreDiverse() {
        assertThat(scenarios.evaluate(ready()).gapCodes()).doesNotContain("SINGLE_PEERING_LOCATION");
    }

    @Test
    void aSingleCircuitInOneLocationIsASinglePeeringLocationFindingInProductionOrNot() {
        assertThat(scenarios.evaluate(single().set("resilience.production", false)).gapCodes())
                .contains("SINGLE_PEERING_LOCATION").doesNotContain("PRODUCTION_RESILIENCY_TOO_LOW");
        assertThat(scenarios.evaluate(single()).gapCodes())
                .contains("SINGLE_PEERING_LOCATION", "PRODUCTION_RESILIENCY_TOO_LOW");
    }

    @Test
    void aMetroCircuitIsNotASinglePeeringLocationFinding() {
        assertThat(scenarios.evaluate(metro()).gapCodes()).doesNotContain("SINGLE_PEERING_LOCATION");
    }

    @Test
    void twoCircuitsInAnUnknownNumberOfLocationsAreAsked() {
        assertThat(scenarios.evaluate(ready().remove("resilience.peeringLocations")).questions())
                .contains("resilience.peeringLocations");
    }

    // ---- Production on STANDARD -----------------------------------------------------------------------------

    @Test
    void productionOnOneCircuitSaysWhatWouldRaiseTheTier() {
        Outcome outcome = scenarios.evaluate(single());

        assertThat(outcome.gap("PRODUCTION_RESILIENCY_TOO_LOW").severity().name()).isEqualTo("WARNING");
        assertThat(outcome.gap("PRODUCTION_RESILIENCY_TOO_LOW").message()).contains("35/100");
        assertThat(outcome.gap("PRODUCTION_RESILIENCY_TOO_LOW").remediation())
                .contains("ExpressRoute Metro in Amsterdam", "Amsterdam + Amsterdam2", "score 50", "score 100");
    }

    @Test
    void withoutMetroAtTheLocationOnlyASecondLocationIsOffered() {
        Outcome outcome = scenarios.evaluate(single().set("connectivity.peeringLocation", "London")
                .set("azure.regions", List.of("uksouth")));

        assertThat(outcome.gap("PRODUCTION_RESILIENCY_TOO_LOW").remediation())
                .contains("second circuit at another peering location", "score 100")
                .doesNotContain("Metro in London");
    }

    @Test
    void nonProductionOnOneCircuitIsNotWarned() {
        assertThat(scenarios.evaluate(single().set("resilience.production", false)).gapCodes())
                .doesNotContain("PRODUCTION_RESILIENCY_TOO_LOW");
    }

    @Test
    void productionOnMetroIsHighEnough() {
        assertThat(scenarios.evaluate(metro()).gapCodes()).doesNotContain("PRODUCTION_RESILIENCY_TOO_LOW");
    }

    // ---- Metro ------------------------------------------------------------------------------------------------

    @Test
    void metroWhereNoMetroIsOfferedIsBlocked() {
        Outcome outcome = scenarios.evaluate(metro().set("connectivity.peeringLocation", "London")
                .set("azure.regions", List.of("uksouth")));

        assertThat(outcome.gap("METRO_NOT_AVAILABLE").message()).contains("London");
    }

    @Test
    void metroInAMetroAreaIsFine() {
        assertThat(scenarios.evaluate(metro().set("connectivity.peeringLocation", "Amsterdam2")).gapCodes())
                .doesNotContain("METRO_NOT_AVAILABLE");
    }

    private Resiliency resiliency(ProfileBuilder profile) {
        return scenarios.evaluate(profile).evaluation().resiliency();
    }

    private static ProfileBuilder single() {
        return ready().set("resilience.circuits", 1).set("resilience.peeringLocations", 1);
    }

    private static ProfileBuilder metro() {
        return ready().set("resilience.circuits", 1).set("resilience.peeringLocations", 2).set("resilience.metro", true);
    }
}
