package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.expressrouteadvisor.support.Outcomes.gapCodes;
import static org.assertj.core.api.Assertions.assertThat;

/** A consultant's copy of the rules folder is read at run time: edits take effect without a Java build. */
class RulesFolderAtRunTimeTest {

    private static final String PROFILE = "{'id':'c','azureSubscription':true,'connectivity':{'hasMplsWan':true,"
            + "'wanProvider':'KPN','peeringLocation':'Amsterdam'}}";

    @Test
    void aRuleAddedToACopyOfTheRulesFolderTakesEffect(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("my-rules"));
        Files.writeString(rules.resolve("house-policy.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;
                import com.expressrouteadvisor.advice.Gap;

                rule "Our house policy: every MPLS customer gets a design review"
                    @factId("MODEL-IPVPN") @gap("DESIGN_REVIEW")
                when
                    Customer( hasMplsWan == true )
                then
                    insert(new Gap("DESIGN_REVIEW"));
                end
                """);
        Files.writeString(rules.resolve("messages/advice.properties"),
                "\ngap.DESIGN_REVIEW.message=House policy: review the design with the WAN team.\n",
                java.nio.file.StandardOpenOption.APPEND);

        try (Advisor original = TestAdvisors.repository();
             Advisor edited = Advisor.builder().rules(rules).reference(TestAdvisors.REFERENCE).build()) {
            Evaluation before = original.evaluate(TestAdvisors.profile(PROFILE));
            Evaluation after = edited.evaluate(TestAdvisors.profile(PROFILE));

            assertThat(gapCodes(before)).doesNotContain("DESIGN_REVIEW");
            assertThat(gapCodes(after)).contains("DESIGN_REVIEW");
            assertThat(after.gaps()).filteredOn(g -> g.code().equals("DESIGN_REVIEW"))
                    .singleElement().satisfies(g -> {
                        assertThat(g.message()).isEqualTo("House policy: review the design with the WAN team.");
                        assertThat(g.rule()).isEqualTo("Our house policy: every MPLS customer gets a design review");
                    });
            assertThat(after.ruleSet().rules()).isEqualTo(before.ruleSet().rules() + 1);
            assertThat(after.ruleSet().version()).isNotEqualTo(before.ruleSet().version());
        }
    }

    @Test
    void theVersionIsAContentHashThatIgnoresScenarios(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        String version = RuleFiles.scan(rules).version();

        Files.createDirectories(rules.resolve("scenarios"));
        Files.writeString(rules.resolve("scenarios/extra.yaml"), "- name: x\n");
        assertThat(RuleFiles.scan(rules).version()).isEqualTo(version);

        Files.writeString(rules.resolve("subscription.drl"), "\n// a comment changes the content\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(RuleFiles.scan(rules).version()).startsWith("sha256:").isNotEqualTo(version);
    }

    @Test
    void ruleMetadataCarriesTheFactIdsOfEveryRule() {
        try (Advisor advisor = TestAdvisors.repository()) {
            assertThat(advisor.ruleSet().rules().values())
                    .allSatisfy(rule -> assertThat(rule.factIds()).as(rule.name()).isNotEmpty());
            assertThat(advisor.ruleSet().rule("No connectivity model fits the known facts").topic())
                    .isEqualTo("connectivity");
        }
    }

    @Test
    void repeatedEvaluationsOnPooledSessionsGiveIdenticalResults() {
        try (Advisor advisor = TestAdvisors.repository()) {
            var profile = TestAdvisors.profile(PROFILE);
            var options = EvaluationOptions.DEFAULT.withExplain(true);
            Evaluation first = advisor.evaluate(profile, options);
            for (int i = 0; i < 20; i++) {
                assertThat(advisor.evaluate(profile, options)).isEqualTo(first);
            }
            assertThat(first.firedRules()).doesNotHaveDuplicates();
        }
    }

    @Test
    void withoutFoldersTheRulesBundledInTheBuildAreUsed() {
        try (Advisor bundled = Advisor.builder().build(); Advisor repository = TestAdvisors.repository()) {
            assertThat(bundled.ruleSet().ruleCount()).isEqualTo(repository.ruleSet().ruleCount());
            assertThat(bundled.evaluate(TestAdvisors.profile(PROFILE)).recommendations()).isNotEmpty();
        }
    }
}
