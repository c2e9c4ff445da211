package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.advice.Decides;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static com.expressrouteadvisor.rules.ProfileBuilder.empty;
import static com.expressrouteadvisor.rules.ProfileBuilder.ready;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness is honest about what is unknown: open questions that decide the model or the layer make a customer
 * INCOMPLETE, not BLOCKED, and "no connectivity path" needs the known facts to exclude every model.
 */
@ExtendWith(AdvisorExtension.class)
class ReadinessScenariosTest {

    private final Scenarios scenarios;

    ReadinessScenariosTest(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    @Test
    void aCustomerWhoHasNotAnsweredTheConnectivityQuestionsIsIncompleteNotWithoutAPath() {
        Outcome outcome = scenarios.evaluate(empty().set("connectivity.bandwidthMbps", 1500));

        assertThat(outcome.evaluation().readiness()).isEqualTo(Readiness.INCOMPLETE);
        assertThat(outcome.gapCodes()).doesNotContain("NO_CONNECTIVITY_PATH");
        assertThat(outcome.evaluation().questions()).filteredOn(q -> q.decides() == Decides.MODEL)
                .extracting(OpenQuestion::field).containsExactly("connectivity.colocatedAtCloudExchange",
                        "connectivity.hasMplsWan", "connectivity.needsPointToPoint");
    }

    @Test
    void knownFactsThatExcludeEveryModelStillBlock() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.colocatedAtCloudExchange", false));

        assertThat(outcome.evaluation().readiness()).isEqualTo(Readiness.BLOCKED);
        assertThat(outcome.gapCodes()).contains("NO_CONNECTIVITY_PATH");
    }

    @Test
    void aBlockerOutranksAnOpenQuestion() {
        Outcome outcome = scenarios.evaluate(empty().set("azureSubscription", false));

        assertThat(outcome.evaluation().readiness()).isEqualTo(Readiness.BLOCKED);
        assertThat(outcome.gapCodes()).containsExactly("NO_AZURE_SUBSCRIPTION");
    }

    @Test
    void unknownBgpSkillsAtAnExchangeLeaveTheLayerOpen() {
        Outcome outcome = scenarios.evaluate(ready().set("routing.bgpCapable", null));

        assertThat(outcome.evaluation().readiness()).isEqualTo(Readiness.INCOMPLETE);
        assertThat(outcome.evaluation().questions())
                .contains(new OpenQuestion("routing.bgpCapable", outcome.evaluation().questions().stream()
                        .filter(q -> q.field().equals("routing.bgpCapable")).findFirst().orElseThrow().why(),
                        Decides.LAYER));
    }

    @Test
    void unknownBgpSkillsOnALayer2OnlyPathAskButDoNotLeaveTheLayerOpen() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.colocatedAtCloudExchange", false)
                .set("connectivity.needsPointToPoint", true).set("connectivity.ethernetProvider", "Colt")
                .set("routing.bgpCapable", null));

        assertThat(outcome.questions()).contains("routing.bgpCapable");
        assertThat(outcome.evaluation().questions()).allSatisfy(q -> assertThat(q.decides()).isNull());
        assertThat(outcome.evaluation().readiness()).isEqualTo(Readiness.READY);
    }

    @Test
    void questionsThatDecideNothingLeaveAReadyCustomerReady() {
        Outcome outcome = scenarios.evaluate(ready().remove("routing.edgeRouters"));

        assertThat(outcome.questions()).containsExactly("routing.edgeRouters");
        assertThat(outcome.evaluation().readiness()).isEqualTo(Readiness.READY);
    }

    @Test
    void readinessIsOrderedFromWorstToBest() {
        assertThat(Readiness.values()).containsExactly(Readiness.BLOCKED, Readiness.INCOMPLETE,
                Readiness.READY_WITH_WARNINGS, Readiness.READY);
        assertThat(List.of(Readiness.READY, Readiness.INCOMPLETE, Readiness.READY_WITH_WARNINGS).stream()
                .reduce(Readiness.READY, Readiness::worst)).isEqualTo(Readiness.INCOMPLETE);
    }
}
