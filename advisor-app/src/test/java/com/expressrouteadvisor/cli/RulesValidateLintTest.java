package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.reference.FactCatalog;
import com.expressrouteadvisor.support.CliRun;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rules validate} warns, without failing, about what compiles but should not ship: a rule without fact
 * IDs, a gap code missing from the catalog or from a language, a rule no scenario exercises.
 */
class RulesValidateLintTest {

    @Test
    void warnsAboutMissingFactIdsUnknownGapCodesMissingTextsAndUnexercisedRules(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("house.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;
                import com.expressrouteadvisor.advice.Gap;

                rule "A rule that cites no facts"
                when
                    Customer( hasMplsWan == true, bandwidthMbps > 100000 )
                then
                    insert(new Gap("DESIGN_REVIEW"));
                end

                rule "A rule whose gap is catalogued but only in English"
                    @factId("MODEL-IPVPN") @gap("WAN_REVIEW")
                when
                    Customer( hasMplsWan == true, wanProvider == "Nobody" )
                then
                    insert(new Gap("WAN_REVIEW"));
                end
                """);
        Files.writeString(rules.resolve("gap-codes.csv"), "WAN_REVIEW,WARNING,house-policy,MODEL-IPVPN\n",
                StandardOpenOption.APPEND);
        Files.writeString(rules.resolve("messages/advice.properties"),
                "\ngap.WAN_REVIEW.message=Review the WAN.\ngap.WAN_REVIEW.remediation=Call the WAN team.\n",
                StandardOpenOption.APPEND);
        String house = rules.resolve("house.drl").toString();

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("\\d+ rules in \\d+ files, version sha256:");
        assertThat(run.err())
                .contains(house + ":5:1: warning: rule \"A rule that cites no facts\" has no @factId metadata")
                .contains(house + ":5:1: warning: gap code DESIGN_REVIEW is not in gap-codes.csv")
                .contains(house + ":5:1: warning: gap code DESIGN_REVIEW has no message in messages/advice.properties")
                .contains(house + ":5:1: warning: gap code DESIGN_REVIEW has no remediation in messages/advice_nl.properties")
                .contains(house + ":12:1: warning: gap code WAN_REVIEW has no message in messages/advice_nl.properties: add gap.WAN_REVIEW.message=")
                .contains(house + ":12:1: warning: rule \"A rule whose gap is catalogued but only in English\" fires in no scenario")
                .doesNotContain("WAN_REVIEW is not in gap-codes.csv")
                .doesNotContain("gap code WAN_REVIEW has no message in messages/advice.properties")
                .containsPattern("\\d+ warnings");
    }

    @Test
    void theRepositoryRulesCiteFactsAndHaveEveryGapTextInEveryLanguage() {
        CliRun run = CliRun.of("rules", "validate", "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).doesNotContain("has no @factId", "is not in gap-codes.csv", "has no message",
                "has no remediation", "which is not in the fact catalog");
        assertThat(run.out()).containsPattern("facts/expressroute-facts.csv: \\d+ facts, \\d+ cited by the rules; "
                + "\\d+ facts in the catalog are cited by no rule");
    }

    @Test
    void warnsAboutAFactIdTheCatalogDoesNotHoldAndSuggestsTheClosestOne(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("house.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;
                import com.expressrouteadvisor.advice.Question;

                rule "A rule that mistypes a fact ID"
                    @factId("ROUTE-EBPG, MODEL-COLO")
                when
                    Customer( wanProvider == "Nobody", edgeRouters == null )
                then
                    insert(new Question("routing.edgeRouters"));
                end
                """);
        String house = rules.resolve("house.drl").toString();

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .containsPattern(java.util.regex.Pattern.quote(house + ":5:1: warning: rule \"A rule that mistypes a "
                        + "fact ID\" cites fact ROUTE-EBPG, which is not in the fact catalog ")
                        + ".*" + FactCatalog.FILE + java.util.regex.Pattern.quote(" (did you mean 'ROUTE-EBGP'?)"))
                .doesNotContain("cites fact MODEL-COLO");
    }

    @Test
    void warnsAboutAFactIdOfTheGapCatalogThatTheFactCatalogDoesNotHold(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        List<String> lines = new ArrayList<>(Files.readAllLines(rules.resolve("gap-codes.csv")));
        int line = 1 + lines.indexOf(lines.stream().filter(l -> l.startsWith("NAT_REQUIRED,")).findFirst().orElseThrow());
        lines.replaceAll(l -> l.startsWith("NAT_REQUIRED,") ? l + ";NAT-MS-SNATT" : l);
        Files.write(rules.resolve("gap-codes.csv"), lines);

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains(rules.resolve("gap-codes.csv") + ":" + line + ":1: warning: gap code "
                + "NAT_REQUIRED cites fact NAT-MS-SNATT, which is not in the fact catalog")
                .contains("(did you mean 'NAT-MS-SNAT'?)");
    }

    @Test
    void aRulesFolderUsesTheFactCatalogBesideItAndListsUncitedFactsWhenVerbose(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Path facts = Files.createDirectories(temp.resolve("facts")).resolve(FactCatalog.FILE);
        Files.copy(Path.of("facts", FactCatalog.FILE), facts);
        Files.writeString(facts, "HOUSE-REVIEW,Our practice reviews every design above 2 Gbps.,"
                + "https://example.org/house-policy,2026-01-15\n"
                + "HOUSE-UNUSED,A house fact no rule rests on yet.,https://example.org/house-policy,2026-01-15\n",
                StandardOpenOption.APPEND);
        Files.writeString(rules.resolve("house.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;
                import com.expressrouteadvisor.advice.Question;

                rule "A house rule resting on a house fact"
                    @factId("HOUSE-REVIEW")
                when
                    Customer( wanProvider == "Nobody", edgeRouters == null )
                then
                    insert(new Question("routing.edgeRouters"));
                end
                """);

        CliRun quiet = CliRun.of("rules", "validate", "--rules", rules.toString());
        CliRun verbose = CliRun.of("rules", "validate", "--rules", rules.toString(), "--verbose");

        assertThat(quiet.err()).doesNotContain("cites fact HOUSE-REVIEW");
        assertThat(quiet.out()).containsPattern(java.util.regex.Pattern.quote(facts.toString())
                        + ": \\d+ facts, \\d+ cited by the rules; \\d+ facts in the catalog are cited by no rule "
                        + "\\(--verbose lists them\\)")
                .doesNotContain("HOUSE-UNUSED");
        assertThat(verbose.out()).contains("  HOUSE-UNUSED: A house fact no rule rests on yet.")
                .doesNotContain("HOUSE-REVIEW:");
    }

    @Test
    void anExplicitFactCatalogThatDoesNotExistIsAUsageError(@TempDir Path temp) {
        CliRun run = CliRun.of("rules", "validate", "--rules", "rules", "--facts", temp.resolve("none.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--facts " + temp.resolve("none.csv") + ": no such file");
    }

    @Test
    void aRulesFolderWithoutScenariosGetsOneWarningSayingSo(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        try (var scenarios = Files.list(rules.resolve("scenarios"))) {
            for (Path file : scenarios.toList()) {
                Files.delete(file);
            }
        }

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains(rules.resolve("scenarios") + ":0:0: warning: no scenarios")
                .doesNotContain("fires in no scenario");
    }

    @Test
    void failingScenariosAreMentionedButDoNotFailValidation(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("scenarios/wrong.yaml"), """
                - name: Expects what never happens
                  given: { id: w, azureSubscription: true }
                  expect: { gaps: [NO_AZURE_SUBSCRIPTION] }
                """);

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).containsPattern("warning: 1 of \\d+ scenarios fail: run 'advisor rules test --rules "
                + java.util.regex.Pattern.quote(rules.toString()) + "' to see why");
    }
}
