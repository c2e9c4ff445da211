package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.expressrouteadvisor.support.Outcomes.gapCodes;
import static com.expressrouteadvisor.support.Outcomes.models;
import static com.expressrouteadvisor.support.Outcomes.questions;
import static com.expressrouteadvisor.support.Outcomes.topModel;
import static org.assertj.core.api.Assertions.assertThat;

/** Which connectivity models fit, how they rank, and at which layer: a profile in, models and codes out. */
@ExtendWith(AdvisorExtension.class)
class ModelAndLayerScenariosTest {

    private final Advisor advisor;

    ModelAndLayerScenariosTest(Scenarios scenarios) {
        this.advisor = scenarios.advisor();
    }

    private Evaluation evaluate(String json) {
        return advisor.evaluate(TestAdvisors.profile(json));
    }

    @Test
    void aCustomerAtACloudExchangeWhoRunsBgpGetsColocationAtLayer2() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':true,"
                + "'cloudExchangeProvider':'Equinix','peeringLocation':'Amsterdam','bandwidthMbps':1000},"
                + "'routing':{'bgpCapable':true}}");

        assertThat(models(e)).containsExactly("CLOUD_EXCHANGE_COLOCATION/LAYER2");
        assertThat(e.recommendations().get(0).rank()).isEqualTo(1);
        assertThat(e.recommendations().get(0).rule()).contains("cloud exchange");
        assertThat(e.recommendations().get(0).reasons()).anySatisfy(r -> assertThat(r).contains("BGP"));
        assertThat(gapCodes(e)).doesNotContain("NO_CONNECTIVITY_PATH", "CUSTOMER_BGP_REQUIRED");
    }

    @Test
    void aCustomerAtACloudExchangeWithoutBgpGetsManagedLayer3AndNoBgpGap() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':true,"
                + "'cloudExchangeProvider':'Equinix','peeringLocation':'Amsterdam'},'routing':{'bgpCapable':false}}");

        assertThat(models(e)).containsExactly("CLOUD_EXCHANGE_COLOCATION/MANAGED_LAYER3");
        assertThat(gapCodes(e)).doesNotContain("CUSTOMER_BGP_REQUIRED");
        assertThat(questions(e)).doesNotContain("routing.bgpCapable");
    }

    @Test
    void unknownBgpSkillsAtAnExchangeOfferBothLayersAndAsk() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':true,"
                + "'cloudExchangeProvider':'Equinix','peeringLocation':'Amsterdam'}}");

        assertThat(models(e)).containsExactly("CLOUD_EXCHANGE_COLOCATION/MANAGED_LAYER3",
                "CLOUD_EXCHANGE_COLOCATION/LAYER2");
        assertThat(questions(e)).contains("routing.bgpCapable");
        assertThat(e.questions()).allSatisfy(q -> assertThat(q.why()).isNotBlank());
    }

    @Test
    void anMplsWanGetsIpvpnAtManagedLayer3EvenWithoutBgp() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':false,"
                + "'hasMplsWan':true,'wanProvider':'KPN','peeringLocation':'Amsterdam'},'routing':{'bgpCapable':false}}");

        assertThat(models(e)).containsExactly("ANY_TO_ANY_IPVPN/MANAGED_LAYER3");
        assertThat(gapCodes(e)).doesNotContain("CUSTOMER_BGP_REQUIRED", "NO_CONNECTIVITY_PATH");
        assertThat(questions(e)).doesNotContain("routing.bgpCapable", "connectivity.colocatedAtCloudExchange");
    }

    @Test
    void pointToPointEthernetIsLayer2Only() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':false,"
                + "'hasMplsWan':false,'needsPointToPoint':true,'ethernetProvider':'Colt','peeringLocation':'Amsterdam'},"
                + "'routing':{'bgpCapable':true}}");

        assertThat(models(e)).containsExactly("POINT_TO_POINT_ETHERNET/LAYER2");
    }

    @Test
    void bandwidthAboveTenGigabitLeavesOnlyExpressRouteDirect() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':true,"
                + "'cloudExchangeProvider':'Equinix','peeringLocation':'Amsterdam','bandwidthMbps':40000},"
                + "'routing':{'bgpCapable':true}}");

        assertThat(models(e)).containsExactly("EXPRESSROUTE_DIRECT/LAYER2");
    }

    @Test
    void tenGigabitStillFitsAProviderCircuit() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':true,"
                + "'cloudExchangeProvider':'Equinix','peeringLocation':'Amsterdam','bandwidthMbps':10000},"
                + "'routing':{'bgpCapable':true}}");

        assertThat(topModel(e)).isEqualTo("CLOUD_EXCHANGE_COLOCATION");
        assertThat(models(e)).doesNotContain("EXPRESSROUTE_DIRECT/LAYER2");
    }

    @Test
    void modelsAreRankedByScoreWhenSeveralFit() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':true,"
                + "'cloudExchangeProvider':'Equinix','hasMplsWan':true,'wanProvider':'KPN','needsPointToPoint':true,"
                + "'ethernetProvider':'Colt','peeringLocation':'Amsterdam','bandwidthMbps':1000},"
                + "'routing':{'bgpCapable':true},'security':{'encryptionRequired':true}}");

        assertThat(models(e)).startsWith("CLOUD_EXCHANGE_COLOCATION/LAYER2", "ANY_TO_ANY_IPVPN/MANAGED_LAYER3",
                "POINT_TO_POINT_ETHERNET/LAYER2", "EXPRESSROUTE_DIRECT/LAYER2");
        assertThat(e.recommendations()).extracting(r -> r.rank()).containsExactly(1, 2, 3, 4);
        assertThat(e.recommendations()).isSortedAccordingTo((a, b) -> Integer.compare(b.score(), a.score()));
    }

    @Test
    void noFittingModelWhileOneIsUnansweredIsIncompleteWithQuestionsForWhatIsUnknown() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':false,"
                + "'needsPointToPoint':false,'bandwidthMbps':500}}");

        assertThat(e.recommendations()).isEmpty();
        assertThat(gapCodes(e)).doesNotContain("NO_CONNECTIVITY_PATH");
        assertThat(e.readiness()).isEqualTo(Readiness.INCOMPLETE);
        assertThat(questions(e)).contains("connectivity.hasMplsWan")
                .doesNotContain("connectivity.colocatedAtCloudExchange", "connectivity.needsPointToPoint");
    }

    @Test
    void onlyALayer2PathAndNoBgpIsABlocker() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':false,"
                + "'hasMplsWan':false,'needsPointToPoint':true,'ethernetProvider':'Colt','peeringLocation':'Amsterdam'},"
                + "'routing':{'bgpCapable':false}}");

        assertThat(gapCodes(e)).contains("CUSTOMER_BGP_REQUIRED");
        assertThat(e.gaps()).filteredOn(g -> g.code().equals("CUSTOMER_BGP_REQUIRED"))
                .allSatisfy(g -> {
                    assertThat(g.remediation()).isNotBlank();
                    assertThat(g.rule()).isEqualTo("Only a Layer 2 path fits but the customer cannot run BGP");
                });
        assertThat(e.readiness()).isEqualTo(Readiness.BLOCKED);
    }

    @Test
    void directAboveTenGigabitWithoutBgpIsABlocker() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'bandwidthMbps':100000,"
                + "'peeringLocation':'Amsterdam'},'routing':{'bgpCapable':false}}");

        assertThat(models(e)).containsExactly("EXPRESSROUTE_DIRECT/LAYER2");
        assertThat(gapCodes(e)).contains("CUSTOMER_BGP_REQUIRED");
    }

    @Test
    void aLayer2PathWithUnknownBgpSkillsAsksInsteadOfBlocking() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':false,"
                + "'hasMplsWan':false,'needsPointToPoint':true,'ethernetProvider':'Colt','peeringLocation':'Amsterdam'}}");

        assertThat(gapCodes(e)).doesNotContain("CUSTOMER_BGP_REQUIRED");
        assertThat(questions(e)).contains("routing.bgpCapable");
    }

    @Test
    void aManagedLayer3AlternativeRemovesTheBgpBlocker() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':false,"
                + "'hasMplsWan':true,'wanProvider':'KPN','needsPointToPoint':true,'ethernetProvider':'Colt',"
                + "'peeringLocation':'Amsterdam'},'routing':{'bgpCapable':false}}");

        assertThat(models(e)).contains("POINT_TO_POINT_ETHERNET/LAYER2", "ANY_TO_ANY_IPVPN/MANAGED_LAYER3");
        assertThat(gapCodes(e)).doesNotContain("CUSTOMER_BGP_REQUIRED");
    }

    @Test
    void aBetterModelAlreadyChosenStopsQuestionsAboutWorseOnes() {
        Evaluation e = evaluate("{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':true,"
                + "'cloudExchangeProvider':'Equinix','peeringLocation':'Amsterdam','bandwidthMbps':1000},"
                + "'routing':{'bgpCapable':true}}");

        assertThat(questions(e)).doesNotContain("connectivity.hasMplsWan", "connectivity.needsPointToPoint");
    }
}
