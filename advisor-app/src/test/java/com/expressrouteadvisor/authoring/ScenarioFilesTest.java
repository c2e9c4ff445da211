package com.expressrouteadvisor.authoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading scenario files: what a consultant writes is understood, and every mistake is named. */
class ScenarioFilesTest {

    @Test
    void readsEveryYamlFileBelowTheFolderInPathOrderWithTheLineOfEachScenario(@TempDir Path temp) throws IOException {
        Files.createDirectories(temp.resolve("routing"));
        Files.writeString(temp.resolve("routing/asn.yml"), """
                # a comment first
                - name: Second file
                  given: { id: b }
                """);
        Files.writeString(temp.resolve("a.yaml"), """
                - name: First
                  given: { id: a }
                  expect: { gaps: NAT_REQUIRED, noGaps: [ASN_MISSING, ASN_RESERVED], topModel: EXPRESSROUTE_DIRECT }

                - name: Also first file
                  given: { id: a2 }
                """);
        Files.writeString(temp.resolve("notes.txt"), "not a scenario");
        Files.writeString(temp.resolve("empty.yaml"), "");

        List<Scenario> scenarios = new ScenarioFiles().read(temp);

        assertThat(scenarios).extracting(Scenario::relative, Scenario::line, Scenario::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.yaml", 1, "First"),
                org.assertj.core.groups.Tuple.tuple("a.yaml", 5, "Also first file"),
                org.assertj.core.groups.Tuple.tuple("routing/asn.yml", 2, "Second file"));
        assertThat(scenarios.get(0).expect()).isEqualTo(new Expectation("EXPRESSROUTE_DIRECT", null,
                List.of("NAT_REQUIRED"), List.of("ASN_MISSING", "ASN_RESERVED"), null, List.of()));
        assertThat(scenarios).allSatisfy(s -> assertThat(s.problems()).isEmpty());
    }

    @Test
    void readsTheWholeAdviceAScenarioPinsAndItsWording(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("s.yaml"), """
                - name: Everything
                  language: nl
                  given: { id: a }
                  expect:
                    models: [EXPRESSROUTE_DIRECT/LAYER2]
                    onlyGaps: []
                    onlyQuestions: [routing.asn]
                    noQuestions: routing.edgeRouters
                    decides: { routing.asn: NOTHING }
                    resiliency: { tier: HIGH, score: 50 }
                    wording:
                      - gap: ASN_RESERVED
                        severity: BLOCKER
                        count: 1
                        message: ASN 65517
                        remediation: { startsWith: Kies, contains: [een, ASN], lacks: 65517, is: x }
                      - question: routing.asn
                        why: { lacks: BGP }
                      - recommendation: 2
                        title: { is: Laag 2 }
                        reasons: [BGP]
                """);

        Scenario scenario = new ScenarioFiles().read(temp).get(0);

        assertThat(scenario.problems()).isEmpty();
        assertThat(scenario.language()).isEqualTo("nl");
        Expectation expect = scenario.expect();
        assertThat(expect.models()).containsExactly("EXPRESSROUTE_DIRECT/LAYER2");
        assertThat(expect.onlyGaps()).isEmpty();
        assertThat(expect.onlyQuestions()).containsExactly("routing.asn");
        assertThat(expect.noQuestions()).containsExactly("routing.edgeRouters");
        assertThat(expect.decides()).containsExactly(java.util.Map.entry("routing.asn", "NOTHING"));
        assertThat(expect.resiliency()).isEqualTo(new Expectation.ResiliencyExpectation("HIGH", 50));
        assertThat(expect.wording()).containsExactly(
                new WordingExpectation.Gap("ASN_RESERVED", "BLOCKER", 1,
                        new TextExpectation(null, null, List.of("ASN 65517"), List.of()),
                        new TextExpectation("x", "Kies", List.of("een", "ASN"), List.of("65517")), null),
                new WordingExpectation.Question("routing.asn", new TextExpectation(null, null, List.of(), List.of("BGP"))),
                new WordingExpectation.Recommendation(2, new TextExpectation("Laag 2", null, List.of(), List.of()), null,
                        List.of("BGP")));
    }

    @Test
    void withoutTheNewKeysNothingMoreIsExpectedAndTheAdviceIsInEnglish(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("s.yaml"), "- name: Plain\n  given: { id: a }\n  expect: { gaps: [NAT_REQUIRED] }\n");

        Scenario scenario = new ScenarioFiles().read(temp).get(0);

        assertThat(scenario.language()).isEqualTo("en");
        assertThat(scenario.expect().onlyGaps()).isNull();
        assertThat(scenario.expect().models()).isNull();
        assertThat(scenario.expect().resiliency()).isNull();
        assertThat(scenario.expect().wording()).isEmpty();
    }

    @Test
    void aProfileWithoutIdIsNamedAfterItsScenario(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("s.yaml"), "- name: No id needed\n  given: { azureSubscription: true }\n");

        Scenario scenario = new ScenarioFiles().read(temp).get(0);

        assertThat(scenario.given().get("id").asText()).isEqualTo("No id needed");
        assertThat(scenario.problems()).isEmpty();
    }

    @Test
    void scenariosShareABaseCustomerThroughYamlMergeKeys(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("s.yaml"), """
                - name: Base
                  given: &base
                    azureSubscription: true
                    connectivity: &connectivity { colocatedAtCloudExchange: true, peeringLocation: Amsterdam }
                - name: Without a subscription, in London
                  given:
                    <<: *base
                    azureSubscription: false
                    connectivity: { <<: *connectivity, peeringLocation: London }
                """);

        Scenario variant = new ScenarioFiles().read(temp).get(1);

        assertThat(variant.given().toString()).isEqualTo("{\"azureSubscription\":false,\"connectivity\":"
                + "{\"colocatedAtCloudExchange\":true,\"peeringLocation\":\"London\"},"
                + "\"id\":\"Without a subscription, in London\"}");
    }

    @Test
    void aLargeTopicFileMayMergeItsBaseCustomerInEveryScenario(@TempDir Path temp) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                - name: Base
                  given: &base
                    azureSubscription: true
                    routing: &routing { bgpCapable: true, asn: 208417 }
                """);
        for (int i = 1; i <= 100; i++) {
            yaml.append("- name: ASN ").append(64_600 + i).append('\n')
                    .append("  given: { <<: *base, routing: { <<: *routing, asn: ").append(64_600 + i).append(" } }\n");
        }
        Files.writeString(temp.resolve("s.yaml"), yaml);

        List<Scenario> scenarios = new ScenarioFiles().read(temp);

        assertThat(scenarios).hasSize(101).allSatisfy(s -> assertThat(s.problems()).isEmpty());
        assertThat(scenarios.get(100).given().get("routing").get("asn").asInt()).isEqualTo(64_700);
    }

    @Test
    void twoScenariosWithOneNameInAFileAreFlagged(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("s.yaml"), """
                - name: Same
                  given: { id: a }
                - name: Same
                  given: { id: b }
                """);

        List<Scenario> scenarios = new ScenarioFiles().read(temp);

        assertThat(scenarios.get(0).problems()).isEmpty();
        assertThat(scenarios.get(1).problems()).containsExactly("another scenario in this file, at line 1, has the same name");
    }

    @Test
    void duplicateKeysMissingPartsAndWrongShapesAreProblemsNotCrashes(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("s.yaml"), """
                - name: Twice the same key
                  given: { id: a }
                  given: { id: b }
                """);
        Files.writeString(temp.resolve("t.yaml"), """
                - given: [not, a, profile]
                  expect: { questions: { routing: asn } }
                - just a string
                """);

        List<Scenario> scenarios = new ScenarioFiles().read(temp);

        assertThat(scenarios.get(0).line()).isEqualTo(3);
        assertThat(scenarios.get(0).problems()).singleElement().asString()
                .isEqualTo("not valid YAML: while constructing a mapping, found duplicate key given");
        assertThat(scenarios.get(1).problems()).containsExactly(
                "name: every scenario needs a name that says what it checks",
                "given: expected a customer profile (a mapping), got a list",
                "expect.questions: expected a list such as [A, B], got a mapping");
        assertThat(scenarios.get(2).problems()).containsExactly(
                "a scenario is a mapping with name, given and expect, got 'just a string'");
    }
}
