package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.reference.ReferenceData;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.expressrouteadvisor.support.Outcomes.gapCodes;
import static com.expressrouteadvisor.support.Outcomes.questions;
import static com.expressrouteadvisor.support.Outcomes.topModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules written in the sentences of rules/expressroute.dsl (.dslr files) compile with the rest, change the
 * advice, and a sentence the DSL does not know is reported at the line the consultant wrote.
 */
class DslRulesTest {

    /** The example of docs/authoring.md. */
    static final Path EXAMPLE = Path.of("docs", "examples", "house-policy.dslr");

    private static final String LARGE_MPLS = "{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':false,"
            + "'hasMplsWan':true,'wanProvider':'KPN','peeringLocation':'Amsterdam','bandwidthMbps':5000}}";

    private static final String EXCHANGE_AND_WAN = "{'id':'c','azureSubscription':true,'connectivity':{"
            + "'colocatedAtCloudExchange':true,'cloudExchangeProvider':'Equinix','hasMplsWan':true,'wanProvider':'KPN',"
            + "'peeringLocation':'Amsterdam','bandwidthMbps':1000},'routing':{'bgpCapable':true}}";

    private static final String HEADER = """
            package expressroute;
            global com.expressrouteadvisor.reference.PeeringLocationCatalog locations;
            expander expressroute.dsl
            """;

    @Test
    void aRuleWrittenInSentencesRaisesItsGapAndAsksItsQuestion(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.copy(EXAMPLE, rules.resolve("house-policy.dslr"));

        try (Advisor original = TestAdvisors.repository();
             Advisor withDsl = Advisor.builder().rules(rules).reference(TestAdvisors.REFERENCE).build()) {
            Evaluation before = original.evaluate(TestAdvisors.profile(LARGE_MPLS));
            Evaluation after = withDsl.evaluate(TestAdvisors.profile(LARGE_MPLS));

            assertThat(gapCodes(before)).doesNotContain("DESIGN_REVIEW");
            assertThat(questions(before)).doesNotContain("routing.edgeRouters");
            assertThat(gapCodes(after)).contains("DESIGN_REVIEW");
            assertThat(questions(after)).contains("routing.edgeRouters");
            assertThat(after.gaps()).filteredOn(g -> g.code().equals("DESIGN_REVIEW")).singleElement()
                    .satisfies(g -> assertThat(g.rule()).isEqualTo("House policy: a large MPLS customer gets a design review"));

            RuleInfo rule = withDsl.ruleSet().rule("House policy: a large MPLS customer gets a design review");
            assertThat(rule.topic()).isEqualTo("house-policy");
            assertThat(rule.line()).isEqualTo(lineOf(EXAMPLE, "rule \"House policy: a large MPLS customer"));
            assertThat(withDsl.ruleSet().compiledText("house-policy.dslr")).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("Gap(\"DESIGN_REVIEW\", $customer.wanProvider()));");
        }
    }

    @Test
    void theConnectivityTopicIsWrittenInSentencesAndASentenceChangesTheRanking(@TempDir Path temp) throws IOException {
        String rule = "Co-located at a cloud exchange: order cross-connects through the exchange";
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Path topic = rules.resolve("connectivity.dslr");
        String sentence = "recommend co-location at a cloud exchange with score the co-location score because colocation";
        assertThat(Files.readString(topic)).contains(sentence);
        Files.writeString(topic, Files.readString(topic).replace(sentence,
                "recommend co-location at a cloud exchange with score 70 because colocation"));

        try (Advisor original = TestAdvisors.repository();
             Advisor changed = Advisor.builder().rules(rules).reference(TestAdvisors.REFERENCE).build()) {
            Evaluation before = original.evaluate(TestAdvisors.profile(EXCHANGE_AND_WAN));
            Evaluation after = changed.evaluate(TestAdvisors.profile(EXCHANGE_AND_WAN));

            assertThat(topModel(before)).isEqualTo("CLOUD_EXCHANGE_COLOCATION");
            assertThat(before.recommendations().get(0).rule()).isEqualTo(rule);
            assertThat(topModel(after)).isEqualTo("ANY_TO_ANY_IPVPN");

            RuleInfo info = original.ruleSet().rule(rule);
            assertThat(info.source()).isEqualTo("connectivity.dslr");
            assertThat(info.topic()).isEqualTo("connectivity");
            assertThat(info.line()).isEqualTo(lineOf(TestAdvisors.RULES.resolve("connectivity.dslr"), "rule \"" + rule));
            assertThat(original.ruleSet().compiledText("connectivity.dslr")).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("bandwidths.withinRange(com.expressrouteadvisor.advice.ConnectivityModel.CLOUD_EXCHANGE_COLOCATION, "
                            + "bandwidthMbps)");
        }
    }

    @Test
    void sentencesForModelsLayersAndReviewStagesExpandToWorkingRules(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("house-direct.dslr"), HEADER + """

                rule "House policy: a customer who requires encryption at a Direct location gets Direct first"
                    @factId("MODEL-DIRECT, ENC-MACSEC")
                when
                    the customer requires encryption
                    the peering location offers ExpressRoute Direct
                    the customer can run BGP
                then
                    recommend EXPRESSROUTE_DIRECT at LAYER2 with score 99 because direct.macsec
                end

                rule "House policy: flag a Layer 2 only plan for review"
                    @factId("L2-DUTIES") @gap("DESIGN_REVIEW")
                    ruleflow-group "review"
                when
                    a LAYER2 path is recommended
                    no MANAGED_LAYER3 path is recommended
                    gap CUSTOMER_BGP_REQUIRED is not raised
                then
                    flag gap DESIGN_REVIEW as WARNING
                end
                """);
        String profile = "{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':false,"
                + "'hasMplsWan':false,'needsPointToPoint':false,'peeringLocation':'Amsterdam','bandwidthMbps':1000},"
                + "'routing':{'bgpCapable':true},'security':{'encryptionRequired':true}}";

        try (Advisor advisor = Advisor.builder().rules(rules).reference(TestAdvisors.REFERENCE).build()) {
            Evaluation evaluation = advisor.evaluate(TestAdvisors.profile(profile));

            assertThat(topModel(evaluation)).isEqualTo("EXPRESSROUTE_DIRECT");
            assertThat(evaluation.recommendations().get(0).score()).isEqualTo(99);
            assertThat(evaluation.gaps()).filteredOn(g -> g.code().equals("DESIGN_REVIEW")).singleElement()
                    .satisfies(g -> assertThat(g.severity().name()).isEqualTo("WARNING"));
            assertThat(advisor.ruleSet().rule("House policy: flag a Layer 2 only plan for review").stage())
                    .isEqualTo(Stages.REVIEW);
        }
    }

    @Test
    void aSentenceTheDslDoesNotKnowIsReportedWhereItIsWritten(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("typo.dslr"), HEADER + """

                rule "Details fold into one line, later lines keep their numbers"
                    @factId("MODEL-IPVPN")
                when
                    There is a customer
                    - who has an MPLS WAN
                    - whose edgeRouters is below 2
                then
                    flag gap REDUNDANCY_MISSING
                end

                rule "A misspelt sentence"
                    @factId("MODEL-COLO")
                when
                    the customer is colocated at a cloud exchange
                then
                    flag gap DESIGN_REVIEW
                end
                """);

        assertThatThrownBy(() -> compile(rules)).isInstanceOfSatisfying(RuleSetInvalidException.class,
                e -> assertThat(e.problems()).singleElement().hasToString(rules.resolve("typo.dslr")
                        + ":18:5: no DSL sentence matches \"the customer is colocated at a cloud exchange\" (check the "
                        + "spelling against the .dsl file, or start the line with '>' to write DRL)"));
    }

    @Test
    void aDrlErrorAfterFoldedDetailsIsReportedOnTheLineAsWritten(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("field.dslr"), HEADER + """

                rule "Details fold into one line"
                    @factId("MODEL-IPVPN")
                when
                    There is a customer
                    - who has an MPLS WAN
                    - whose edgeRouters is below 2
                then
                    flag gap REDUNDANCY_MISSING
                end

                rule "A field that does not exist"
                    @factId("MODEL-COLO")
                when
                    the customer has not said its bgpCapible
                then
                    flag gap DESIGN_REVIEW
                end
                """);

        assertThatThrownBy(() -> compile(rules)).isInstanceOfSatisfying(RuleSetInvalidException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).endsWith("field.dslr");
                    assertThat(p.line()).isEqualTo(18);
                    assertThat(p.message()).contains("bgpCapible").doesNotContainPattern("[Ll]ine:? ?\\d+");
                }));
    }

    @Test
    void aBrokenDslLineIsReportedInTheDslFile(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("expressroute.dsl"), "\n[when]the customer is happy\n[whenever]x=y\n",
                java.nio.file.StandardOpenOption.APPEND);
        int lines = Files.readAllLines(rules.resolve("expressroute.dsl")).size();

        assertThatThrownBy(() -> compile(rules)).isInstanceOfSatisfying(RuleSetInvalidException.class,
                e -> assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(
                        rules.resolve("expressroute.dsl") + ":" + (lines - 1) + ":1: no '=' between the sentence and "
                                + "the DRL it stands for: write [when]sentence=DRL",
                        rules.resolve("expressroute.dsl") + ":" + lines + ":1: unknown scope [whenever]: use [when] for "
                                + "conditions, [then] for consequences or [keyword]"));
    }

    @Test
    void sentencesWithoutADslFileAreOneProblemPerFileAtItsExpanderLine(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.delete(rules.resolve("expressroute.dsl"));
        Files.copy(EXAMPLE, rules.resolve("house-policy.dslr"));

        assertThatThrownBy(() -> compile(rules)).isInstanceOfSatisfying(RuleSetInvalidException.class, e -> {
            assertThat(e.problems()).extracting(p -> Path.of(p.file()).getFileName().toString())
                    .containsExactlyInAnyOrder("connectivity.dslr", "house-policy.dslr");
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).startsWith("no .dsl file in the rules folder"));
            assertThat(e.problems()).filteredOn(p -> p.file().endsWith("house-policy.dslr")).singleElement()
                    .satisfies(p -> assertThat(p.line()).isEqualTo(lineOf(EXAMPLE, "expander expressroute.dsl")));
        });
    }

    private static RuleSet compile(Path rules) {
        // The globals the advisor provides: whatever reference catalogs the rules of the repository use.
        return new RuleSetCompiler(ReferenceData.load(TestAdvisors.REFERENCE).globals().keySet()).compile(rules);
    }

    private static int lineOf(Path file, String text) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
