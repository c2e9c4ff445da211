package com.expressrouteadvisor.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Locale;

import static com.expressrouteadvisor.rules.ProfileBuilder.ready;
import static com.expressrouteadvisor.rules.ProfileBuilder.readyWithMicrosoftPeering;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --lang nl}: messages, remediations, questions and their text arguments are Dutch throughout. */
@ExtendWith(AdvisorExtension.class)
class DutchAdviceTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Scenarios scenarios;

    DutchAdviceTest(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    @Test
    void premiumForRegionsIsExplainedInDutchIncludingItsReason() {
        Outcome outcome = scenarios.evaluate(ready().set("azure.regions", List.of("westeurope", "eastus")), DUTCH);

        assertThat(outcome.gap("PREMIUM_REQUIRED").message())
                .startsWith("Het ontwerp vraagt om de ExpressRoute Premium-add-on")
                .contains("Azure-regio's buiten Europe, de geopolitieke regio van peeringlocatie Amsterdam: eastus");
        assertThat(outcome.gap("PREMIUM_REQUIRED").remediation()).startsWith("Zet het circuit om naar Premium");
    }

    @Test
    void peeringNamesInsideMessagesAreDutch() {
        Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering()
                .set("peerings.microsoft.subnets", List.of("203.0.113.0/30"))
                .set("peerings.microsoft.natPlanned", false), DUTCH);

        assertThat(outcome.gap("PEERING_SUBNET_INVALID").message())
                .startsWith("De IPv4-subnetten 203.0.113.0/30 voor Microsoft-peering zijn niet");
        assertThat(outcome.gap("NAT_REQUIRED").message()).startsWith("Microsoft-peering is gepland zonder NAT-plan");
    }

    @Test
    void theResiliencyWarningSaysInDutchWhatWouldRaiseTheTier() {
        Outcome outcome = scenarios.evaluate(ready().set("resilience.circuits", 1)
                .set("resilience.peeringLocations", 1), DUTCH);

        assertThat(outcome.gap("PRODUCTION_RESILIENCY_TOO_LOW").remediation())
                .startsWith("Bestel het circuit als ExpressRoute Metro in Amsterdam")
                .contains("voeg een tweede circuit op een andere peeringlocatie toe");
    }

    @Test
    void questionsAreAskedInDutch() {
        Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering().set("workloads.microsoft365", true)
                .remove("workloads.microsoft365Authorized").set("azure.sku", "PREMIUM"), DUTCH);

        assertThat(outcome.evaluation().questions()).singleElement()
                .satisfies(q -> assertThat(q.why()).startsWith("Microsoft 365 via ExpressRoute vereist goedkeuring"));
    }

    @Test
    void numbersThatAreIdentifiersAreNotGroupedInDutch() {
        Outcome outcome = scenarios.evaluate(ready().set("routing.asn", 65_517L), DUTCH);

        assertThat(outcome.gap("ASN_RESERVED").message()).contains("ASN 65517 ");
    }
}
