package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.Severity;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Locale;

import static com.expressrouteadvisor.support.Outcomes.gapCodes;
import static com.expressrouteadvisor.support.Outcomes.questions;
import static org.assertj.core.api.Assertions.assertThat;

/** Subscription, peering location and provider checks: a profile in, gap codes and questions out. */
@ExtendWith(AdvisorExtension.class)
class LocationAndSubscriptionScenariosTest {

    private final Advisor advisor;

    LocationAndSubscriptionScenariosTest(Scenarios scenarios) {
        this.advisor = scenarios.advisor();
    }

    private Evaluation evaluate(String json) {
        return advisor.evaluate(TestAdvisors.profile(json));
    }

    private static GapFinding gap(Evaluation e, String code) {
        return e.gaps().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void noAzureSubscriptionIsABlocker() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':false,'connectivity':{'hasMplsWan':true,"
                + "'wanProvider':'KPN','peeringLocation':'Amsterdam'}}");

        assertThat(gap(e, "NO_AZURE_SUBSCRIPTION").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(gap(e, "NO_AZURE_SUBSCRIPTION").reference()).isNotBlank();
    }

    @Test
    void anUnknownSubscriptionIsAskedNotFlagged() {
        Evaluation e = evaluate("{'id':'c','connectivity':{'hasMplsWan':true,'wanProvider':'KPN',"
                + "'peeringLocation':'Amsterdam'}}");

        assertThat(gapCodes(e)).doesNotContain("NO_AZURE_SUBSCRIPTION");
        assertThat(questions(e)).contains("azureSubscription");
    }

    @Test
    void aProviderThatIsNotAPartnerAtTheLocationIsABlockerNamingBoth() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'hasMplsWan':true,"
                + "'wanProvider':'KPN','peeringLocation':'Frankfurt'}}");

        GapFinding gap = gap(e, "PROVIDER_NOT_AT_LOCATION");
        assertThat(gap.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(gap.message()).contains("KPN").contains("Frankfurt");
    }

    @Test
    void theSameProviderAtALocationItServesIsFine() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'hasMplsWan':true,"
                + "'wanProvider':'KPN','peeringLocation':'Amsterdam'}}");

        assertThat(gapCodes(e)).doesNotContain("PROVIDER_NOT_AT_LOCATION", "UNKNOWN_PEERING_LOCATION");
    }

    @Test
    void locationsAndProvidersMatchRegardlessOfCaseAndSpacing() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':true,"
                + "'cloudExchangeProvider':'  equinix ','peeringLocation':'amsterdam 2'}}");

        assertThat(gapCodes(e)).doesNotContain("PROVIDER_NOT_AT_LOCATION", "UNKNOWN_PEERING_LOCATION");
    }

    @Test
    void providerChecksCoverExchangeAndEthernetProvidersToo() {
        Evaluation exchange = evaluate("{'id':'c','azureSubscription':true,'connectivity':{"
                + "'colocatedAtCloudExchange':true,'cloudExchangeProvider':'Teraco','peeringLocation':'Amsterdam'}}");
        Evaluation ethernet = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'needsPointToPoint':true,"
                + "'ethernetProvider':'Spark NZ','peeringLocation':'Amsterdam'}}");

        assertThat(gapCodes(exchange)).contains("PROVIDER_NOT_AT_LOCATION");
        assertThat(gapCodes(ethernet)).contains("PROVIDER_NOT_AT_LOCATION");
    }

    @Test
    void anUnknownPeeringLocationIsAWarningAndSkipsTheProviderCheck() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'hasMplsWan':true,"
                + "'wanProvider':'KPN','peeringLocation':'Eindhoven'}}");

        assertThat(gap(e, "UNKNOWN_PEERING_LOCATION").severity()).isEqualTo(Severity.WARNING);
        assertThat(gap(e, "UNKNOWN_PEERING_LOCATION").message()).contains("Eindhoven");
        assertThat(gapCodes(e)).doesNotContain("PROVIDER_NOT_AT_LOCATION");
    }

    @Test
    void aMissingPeeringLocationOrProviderIsAsked() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'hasMplsWan':true}}");

        assertThat(questions(e)).contains("connectivity.peeringLocation", "connectivity.wanProvider");
    }

    @Test
    void dutchMessagesAreUsedWhenAskedFor() {
        String json = "{'id':'c','azureSubscription':false,'connectivity':{'hasMplsWan':true,'wanProvider':'KPN',"
                + "'peeringLocation':'Frankfurt'}}";
        Evaluation english = advisor.evaluate(TestAdvisors.profile(json));
        Evaluation dutch = advisor.evaluate(TestAdvisors.profile(json),
                EvaluationOptions.DEFAULT.withLanguage(Locale.forLanguageTag("nl")));

        assertThat(gapCodes(dutch)).isEqualTo(gapCodes(english));
        assertThat(gap(dutch, "PROVIDER_NOT_AT_LOCATION").message())
                .isNotEqualTo(gap(english, "PROVIDER_NOT_AT_LOCATION").message())
                .contains("KPN", "Frankfurt");
    }
}
