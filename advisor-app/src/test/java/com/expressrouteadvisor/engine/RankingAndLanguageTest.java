package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.RankedRecommendation;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.support.Outcomes;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the advisor does with the rules' conclusions, whatever the rules conclude: recommendations are ranked
 * 1, 2, 3… by falling score, and the language changes the texts, never the conclusions. Which models fit and
 * what the texts say are rule behaviour, held by the scenarios under rules/scenarios/.
 */
class RankingAndLanguageTest {

    /** A customer for whom every model may fit: at an exchange, on an MPLS WAN, asking for a link, encrypting. */
    private static final String EVERY_MODEL = "{'id':'c','azureSubscription':true,'connectivity':{"
            + "'colocatedAtCloudExchange':true,'cloudExchangeProvider':'Equinix','hasMplsWan':true,'wanProvider':'KPN',"
            + "'needsPointToPoint':true,'ethernetProvider':'Colt','peeringLocation':'Frankfurt','bandwidthMbps':1000},"
            + "'routing':{'bgpCapable':true},'security':{'encryptionRequired':true}}";

    private static Advisor advisor;

    @BeforeAll
    static void build() {
        advisor = TestAdvisors.repository();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @Test
    void recommendationsAreRankedOneTwoThreeByFallingScore() {
        Evaluation result = advisor.evaluate(TestAdvisors.profile(EVERY_MODEL));

        assertThat(result.recommendations()).hasSizeGreaterThan(1);
        assertThat(result.recommendations()).extracting(RankedRecommendation::rank)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, result.recommendations().size()).boxed().toList());
        assertThat(result.recommendations())
                .isSortedAccordingTo((a, b) -> Integer.compare(b.score(), a.score()));
    }

    @Test
    void theLanguageChangesTheTextsNotTheConclusions() {
        CustomerProfile profile = TestAdvisors.profile(EVERY_MODEL);
        Evaluation english = advisor.evaluate(profile);
        Evaluation dutch = advisor.evaluate(profile, EvaluationOptions.DEFAULT.withLanguage(Locale.forLanguageTag("nl")));

        assertThat(english.gaps()).isNotEmpty();
        assertThat(Outcomes.models(dutch)).isEqualTo(Outcomes.models(english));
        assertThat(Outcomes.gapCodes(dutch)).isEqualTo(Outcomes.gapCodes(english));
        assertThat(Outcomes.questions(dutch)).isEqualTo(Outcomes.questions(english));
        assertThat(dutch.readiness()).isEqualTo(english.readiness());
        assertThat(dutch.gaps().get(0).message()).isNotEqualTo(english.gaps().get(0).message());
        assertThat(english.questions()).allSatisfy(q -> assertThat(q.why()).isNotBlank());
        assertThat(dutch.questions()).allSatisfy(q -> assertThat(q.why()).isNotBlank());
    }
}
