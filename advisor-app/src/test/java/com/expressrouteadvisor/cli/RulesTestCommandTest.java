package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.support.CliRun;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code advisor rules test}: one line per failing scenario, the totals last, an exit code CI can trust. */
class RulesTestCommandTest {

    private static final String PASSING = """
            - name: A reserved-ASN-free exchange customer gets co-location
              given:
                id: s-pass
                azureSubscription: true
                connectivity: { colocatedAtCloudExchange: true, cloudExchangeProvider: Equinix, peeringLocation: Amsterdam }
                routing: { bgpCapable: true }
              expect:
                topModel: CLOUD_EXCHANGE_COLOCATION
                layer: LAYER2
                noGaps: [NO_AZURE_SUBSCRIPTION]
            """;

    private static final String FAILING = """
            - name: Expecting the wrong model & layer <fails>
              given:
                id: s-fail
                azureSubscription: false
                connectivity: { colocatedAtCloudExchange: true, cloudExchangeProvider: Equinix, peeringLocation: Amsterdam }
                routing: { bgpCapable: true }
              expect:
                topModel: ANY_TO_ANY_IPVPN
                layer: MANAGED_LAYER3
                gaps: [PROVIDER_NOT_AT_LOCATION]
                noGaps: [NO_AZURE_SUBSCRIPTION]
                readiness: READY
                questions: [connectivity.ethernetProvider]
            """;

    @Test
    void allPassingScenariosPrintOnlyTheTotalsAndExitZero(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("pass.yaml"), PASSING);

        CliRun run = CliRun.of("rules", "test", temp.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("1 passed, 0 failed" + System.lineSeparator());
    }

    @Test
    void aFailingScenarioPrintsFileNameAndEveryDifferenceThenTheTotals(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("a-pass.yaml"), PASSING);
        Files.writeString(temp.resolve("b-fail.yaml"), FAILING);

        CliRun run = CliRun.of("rules", "test", temp.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SCENARIOS_FAILED);
        String[] lines = run.out().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0])
                .startsWith(temp.resolve("b-fail.yaml") + ":1: \"Expecting the wrong model & layer <fails>\": ")
                .contains("topModel: expected ANY_TO_ANY_IPVPN, got CLOUD_EXCHANGE_COLOCATION")
                .contains("layer: expected MANAGED_LAYER3, got LAYER2")
                .containsPattern("gaps: expected PROVIDER_NOT_AT_LOCATION, not raised \\(raised: [^)]*NO_AZURE_SUBSCRIPTION")
                .contains("noGaps: NO_AZURE_SUBSCRIPTION was raised by rule \"Without an Azure subscription no circuit can be created\"")
                .contains("readiness: expected READY, got BLOCKED")
                .contains("questions: expected connectivity.ethernetProvider to be asked");
        assertThat(lines[1]).isEqualTo("1 passed, 1 failed");
    }

    @Test
    void aTextShowingAnArgumentTheRuleDoesNotGiveFailsEveryScenarioThatRaisesIt(@TempDir Path temp) throws Exception {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Path bundle = rules.resolve("messages/advice.properties");
        String key = "gap.NO_AZURE_SUBSCRIPTION.remediation=";
        Files.writeString(bundle, Files.readString(bundle).replace(key, key + "Ask {0} for one. "));
        Path scenarios = Files.createDirectories(temp.resolve("scenarios"));
        Files.writeString(scenarios.resolve("pass.yaml"), PASSING);
        Files.writeString(scenarios.resolve("subscription.yaml"), """
                - name: A customer without a subscription
                  given: { id: s-unfilled, azureSubscription: false }
                  expect: { gaps: [NO_AZURE_SUBSCRIPTION] }
                """);

        CliRun run = CliRun.of("rules", "test", scenarios.toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SCENARIOS_FAILED);
        assertThat(run.out().split("\\R")).containsExactly(
                scenarios.resolve("subscription.yaml") + ":1: \"A customer without a subscription\": gap "
                        + "NO_AZURE_SUBSCRIPTION remediation shows {0} as written: its text uses an argument the rule "
                        + "does not give (rule \"Without an Azure subscription no circuit can be created\" gave 0 "
                        + "arguments)",
                "1 passed, 1 failed");
    }

    @Test
    void anInvalidProfileFailsItsScenarioAndSaysWhy(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("bad.yaml"), """
                - name: A typo in the profile
                  given:
                    id: s-typo
                    routing: { bgpCapible: true, asn: sixty-five }
                  expect:
                    topModel: CLOUD_EXCHANGE_COLOCATION
                """);

        CliRun run = CliRun.of("rules", "test", temp.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SCENARIOS_FAILED);
        assertThat(run.out()).contains("\"A typo in the profile\": given is not a valid profile: "
                        + "routing.bgpCapible: unknown field (did you mean 'bgpCapable'?)")
                .contains("routing.asn: expected a whole number")
                .endsWith("0 passed, 1 failed" + System.lineSeparator());
    }

    @Test
    void unknownKeysInAScenarioAreRejectedByName(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("keys.yaml"), """
                - name: Misspelt keys
                  given: { id: s-keys, azureSubscription: false }
                  expected: { gaps: [NO_AZURE_SUBSCRIPTION] }
                - name: Misspelt expectation
                  given: { id: s-keys-2, azureSubscription: false }
                  expect: { gap: [NO_AZURE_SUBSCRIPTION], noGaps: [NAT_REQURED], readiness: BLOKED }
                """);

        CliRun run = CliRun.of("rules", "test", temp.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SCENARIOS_FAILED);
        assertThat(run.out())
                .contains("keys.yaml:1: \"Misspelt keys\": expected: unknown key (did you mean 'expect'?); known keys: name, given, expect")
                .contains("keys.yaml:4: \"Misspelt expectation\": expect.gap: unknown key (did you mean 'gaps'?)")
                .contains("expect.readiness: 'BLOKED' is not one of BLOCKED, INCOMPLETE, READY_WITH_WARNINGS, READY (did you mean 'BLOCKED'?)")
                .contains("noGaps: NAT_REQURED is not a gap code of this rule set (did you mean 'NAT_REQUIRED'?)")
                .endsWith("0 passed, 2 failed" + System.lineSeparator());
    }

    @Test
    void theWholeAdviceAndItsDutchWordingAreComparedAndEveryDifferenceNamed(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("wording.yaml"), """
                - name: A Dutch customer without a subscription
                  language: nl
                  given: { id: s-nl, azureSubscription: false }
                  expect:
                    models: [CLOUD_EXCHANGE_COLOCATION/LAYER2]
                    onlyGaps: [NO_AZURE_SUBSCRIPTION, NAT_REQUIRED]
                    noQuestions: [connectivity.hasMplsWan]
                    decides: { connectivity.hasMplsWan: LAYER }
                    resiliency: { tier: MAXIMUM, score: 100 }
                    wording:
                      - gap: NO_AZURE_SUBSCRIPTION
                        severity: WARNING
                        message: { startsWith: De klant heeft geen Azure-abonnement, lacks: Azure-abonnement }
                      - question: connectivity.hasMplsWan
                        why: leased line
                - name: The same customer as expected
                  language: nl
                  given: { id: s-nl-2, azureSubscription: false }
                  expect:
                    models: []
                    onlyGaps: [NO_AZURE_SUBSCRIPTION]
                    decides: { connectivity.hasMplsWan: MODEL }
                    wording:
                      - gap: NO_AZURE_SUBSCRIPTION
                        count: 1
                        severity: BLOCKER
                        message: { startsWith: De klant heeft geen Azure-abonnement }
                """);

        CliRun run = CliRun.of("rules", "test", temp.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SCENARIOS_FAILED);
        assertThat(run.out().split("\\R")[0]).startsWith(temp.resolve("wording.yaml") + ":1: ")
                .contains("models: expected CLOUD_EXCHANGE_COLOCATION/LAYER2, got none")
                .contains("onlyGaps: expected NAT_REQUIRED, NO_AZURE_SUBSCRIPTION, got NO_AZURE_SUBSCRIPTION")
                .contains("noQuestions: connectivity.hasMplsWan was asked")
                .contains("decides: expected connectivity.hasMplsWan to decide LAYER, it decides MODEL")
                .contains("resiliency: expected MAXIMUM score 100, got STANDARD score 15")
                .contains("gap NO_AZURE_SUBSCRIPTION severity: expected WARNING, got BLOCKER")
                .contains("gap NO_AZURE_SUBSCRIPTION message: expected not to contain \"Azure-abonnement\"")
                .doesNotContain("expected to start with")
                .contains("question connectivity.hasMplsWan why: expected to contain \"leased line\", got \"Een bestaand");
        assertThat(run.out()).endsWith("1 passed, 1 failed" + System.lineSeparator());
    }

    @Test
    void misspeltWordingAndUnknownLanguagesAreRejectedByName(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("typos.yaml"), """
                - name: Typos in the new parts
                  language: fr
                  given: { id: s-typos, azureSubscription: false }
                  expect:
                    models: [COLOCATION/L2]
                    decides: { routing.asn: MAYBE }
                    wording:
                      - gap: NAT_REQURED
                        mesage: NAT
                      - remediation: anything
                """);

        CliRun run = CliRun.of("rules", "test", temp.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SCENARIOS_FAILED);
        assertThat(run.out())
                .contains("language: 'fr' is not one of en, nl")
                .contains("expect.models: 'COLOCATION/L2' is not MODEL/LAYER")
                .contains("expect.decides.routing.asn: 'MAYBE' is not one of MODEL, LAYER, NOTHING")
                .contains("expect.wording.mesage: unknown key (did you mean 'message'?)")
                .contains("expect.wording: every item starts with gap: CODE, question: FIELD or recommendation: RANK")
                .contains("wording: NAT_REQURED is not a gap code of this rule set (did you mean 'NAT_REQUIRED'?)")
                .endsWith("0 passed, 1 failed" + System.lineSeparator());
    }

    @Test
    void aFileThatIsNotYamlFailsWithItsLineAndTheOtherFilesStillRun(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("a-pass.yaml"), PASSING);
        Files.writeString(temp.resolve("broken.yaml"), "- name: x\n  given: { id: [unclosed\n");
        Files.writeString(temp.resolve("not-a-list.yml"), "name: a mapping, not a list\n");

        CliRun run = CliRun.of("rules", "test", temp.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SCENARIOS_FAILED);
        assertThat(run.out()).containsPattern("broken\\.yaml:\\d+: \"\\(broken\\.yaml\\)\": not valid YAML: ")
                .contains("not-a-list.yml:1: \"(not-a-list.yml)\": a scenario file is a list of scenarios")
                .endsWith("1 passed, 2 failed" + System.lineSeparator());
    }

    @Test
    void junitXmlIsWellFormedAndCountsEveryScenario(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("a-pass.yaml"), PASSING);
        Files.writeString(temp.resolve("b-fail.yaml"), FAILING);
        Path report = temp.resolve("reports/scenarios.xml");

        CliRun run = CliRun.of("rules", "test", temp.toString(), "--rules", "rules", "--junit", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SCENARIOS_FAILED);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        Element suites = xml.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("tests")).isEqualTo("2");
        assertThat(suites.getAttribute("failures")).isEqualTo("1");
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(2);
        Element failed = (Element) cases.item(1);
        assertThat(failed.getAttribute("name")).isEqualTo("Expecting the wrong model & layer <fails>");
        assertThat(failed.getAttribute("classname")).isEqualTo("scenarios.b-fail");
        Element failure = (Element) failed.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).contains("topModel: expected ANY_TO_ANY_IPVPN");
        assertThat(failure.getTextContent()).contains("rules fired:", "Without an Azure subscription no circuit can be created");
        assertThat(((Element) cases.item(0)).getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void withoutADirectoryTheScenariosOfTheRulesFolderRun(@TempDir Path temp) throws Exception {
        Path rules = com.expressrouteadvisor.support.TestAdvisors.copy(Path.of("rules"), temp.resolve("rules"));
        Files.writeString(rules.resolve("scenarios/extra-failing.yaml"), FAILING);

        CliRun run = CliRun.of("rules", "test", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SCENARIOS_FAILED);
        assertThat(run.out()).contains("extra-failing.yaml:1:").containsPattern("[1-9]\\d* passed, [1-9]\\d* failed\\R$");
    }

    @Test
    void aMissingScenarioFolderIsAUsageError() {
        CliRun run = CliRun.of("rules", "test", "no-such-folder", "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no-such-folder: no such folder or file");
    }
}
