package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.support.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code advisor rules coverage}: which rules fired how often over a portfolio or the scenarios. */
class RulesCoverageCommandTest {

    private static final String PORTFOLIO = "facts/samples/portfolio.json";

    @Test
    void countsFiringsOverAPortfolioAndListsTheRulesThatNeverFired() throws Exception {
        CliRun run = CliRun.of("rules", "coverage", "--rules", "rules", "--format", "json", PORTFOLIO);

        assertThat(run.exitCode()).isZero();
        JsonNode coverage = Json.mapper().readTree(run.out());
        int profiles = Json.mapper().readTree(Path.of(PORTFOLIO).toFile()).size();
        assertThat(coverage.get("evaluations").asInt()).isEqualTo(profiles);
        List<String> never = new ArrayList<>();
        coverage.get("neverFired").forEach(n -> never.add(n.asText()));
        for (JsonNode rule : coverage.get("rules")) {
            assertThat(rule.get("evaluations").asLong()).isBetween(0L, (long) profiles)
                    .isLessThanOrEqualTo(rule.get("firings").asLong());
            assertThat(never.contains(rule.get("rule").asText())).as(rule.get("rule").asText())
                    .isEqualTo(rule.get("firings").asLong() == 0);
        }
        assertThat(coverage.get("rules")).anySatisfy(rule -> {
            assertThat(rule.get("rule").asText()).isEqualTo("Without an Azure subscription no circuit can be created");
            assertThat(rule.get("file").asText()).isEqualTo("subscription.drl");
            assertThat(rule.get("line").asInt()).isPositive();
        });
    }

    @Test
    void aProfileMissingTheSubscriptionFiresTheQuestionRuleOnce(@TempDir Path temp) throws Exception {
        Path input = temp.resolve("two.ndjson");
        Files.writeString(input, """
                {"id":"a","connectivity":{"colocatedAtCloudExchange":true}}
                {"id":"b","azureSubscription":false,"connectivity":{"colocatedAtCloudExchange":true}}
                """);

        CliRun run = CliRun.of("rules", "coverage", "--rules", "rules", input.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Rule coverage over 2 evaluations: ")
                .containsPattern("\\n\\s+1\\s+1\\s+Ask whether the customer has an Azure subscription\\s+subscription\\.drl:\\d+")
                .containsPattern("\\n\\s+1\\s+1\\s+Without an Azure subscription no circuit can be created\\s+subscription\\.drl:\\d+")
                .contains("Never fired (");
    }

    @Test
    void theScenariosCanBeTheInput() throws Exception {
        CliRun run = CliRun.of("rules", "coverage", "--rules", "rules", "--scenarios", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode coverage = Json.mapper().readTree(run.out());
        assertThat(coverage.get("evaluations").asInt()).isGreaterThanOrEqualTo(18);
    }

    @Test
    void rejectedRecordsAreNamedAndCountedAndTheRestStillCounts(@TempDir Path temp) {
        Path input = temp.resolve("mixed.ndjson");
        try {
            Files.writeString(input, "{\"id\":\"ok\",\"azureSubscription\":true}\n{\"id\":\"bad\",\"azureSubscripton\":true}\nnot json\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        CliRun run = CliRun.of("rules", "coverage", "--rules", "rules", input.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORDS_REJECTED);
        assertThat(run.out()).startsWith("Rule coverage over 1 evaluation (2 rejected): ");
        assertThat(run.err()).contains("rejected: " + input + ":2: customer 'bad': azureSubscripton: unknown field")
                .contains("rejected: " + input + ":3: ");
    }

    @Test
    void withoutInputsOrScenariosItIsAUsageError() {
        CliRun run = CliRun.of("rules", "coverage", "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("name the INPUT files to evaluate, or --scenarios");
    }
}
