package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.support.CliRun;
import com.expressrouteadvisor.support.TestAdvisors;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code advisor plan}, {@code evaluate --plan} and the remedy checks of {@code rules validate}, as a user runs them. */
class PlanCommandTest {

    private static final String PORTFOLIO = "facts/samples/portfolio.json";

    @Test
    void plansThePortfolioTheSameWhateverTheThreadCount() throws IOException {
        CliRun one = CliRun.of("plan", "--format", "json", "--threads", "1", PORTFOLIO);
        CliRun two = CliRun.of("plan", "--format", "json", "--threads", "2", PORTFOLIO);

        assertThat(one.exitCode()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        JsonNode result = Json.mapper().readTree(one.out());
        assertThat(result.get("plans")).hasSizeGreaterThan(10);
        JsonNode premium = null;
        for (JsonNode plan : result.get("plans")) {
            if (plan.get("customerId").asText().equals("oranje-commodities-nl")) {
                premium = plan;
            }
        }
        assertThat(premium).isNotNull();
        assertThat(premium.get("status").asText()).isEqualTo("PLAN_FOUND");
        assertThat(premium.get("readinessBefore").asText()).isEqualTo("BLOCKED");
        assertThat(premium.at("/changes/0/field").asText()).isEqualTo("azure.sku");
        assertThat(premium.at("/changes/0/to").asText()).isEqualTo("PREMIUM");
        assertThat(premium.at("/changes/0/removes/0").asText()).isEqualTo("PREMIUM_REQUIRED");
        JsonNode top = result.at("/changesThatUnblockMost/0");
        assertThat(top.get("customers").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(top.get("label").asText()).isNotBlank();
    }

    @Test
    void rejectsBadRecordsAndExitsAsEvaluateDoes(@TempDir Path temp) throws IOException {
        Path input = temp.resolve("in.ndjson");
        Files.writeString(input, """
                {"id": "good", "azureSubscription": false}
                {"id": "bad", "routing": {"asn": "many"}}
                """, StandardCharsets.UTF_8);
        Path rejects = temp.resolve("rejects.ndjson");

        CliRun run = CliRun.of("plan", "--format", "ndjson", "--rejects", rejects.toString(), input.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORDS_REJECTED);
        assertThat(run.out().lines()).singleElement().satisfies(line ->
                assertThat(line).contains("\"customerId\":\"good\"").contains("\"field\":\"azureSubscription\""));
        assertThat(Files.readString(rejects)).contains("routing.asn");
        assertThat(CliRun.of("plan", "--max-changes", "0", input.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("plan", "--max-evaluations", "0", input.toString()).err())
                .contains("--max-evaluations 0: use 1 to");
    }

    @Test
    void evaluateWithPlanAttachesThePlanAndWritesTheSummaryTable(@TempDir Path temp) throws IOException {
        Path summary = temp.resolve("unblock.csv");
        Path report = temp.resolve("report.html");

        CliRun json = CliRun.of("evaluate", "--plan", "--format", "json", "--summary", summary.toString(), PORTFOLIO);
        CliRun html = CliRun.of("evaluate", "--plan", "--out", report.toString(), PORTFOLIO);

        assertThat(json.exitCode()).isZero();
        JsonNode results = Json.mapper().readTree(json.out());
        assertThat(results.get(0).has("plan")).isTrue();
        assertThat(results.get(0).get("readiness").asText())
                .isEqualTo(results.get(0).at("/plan/readinessBefore").asText());
        assertThat(Files.readAllLines(summary).get(0)).isEqualTo("field,to,change,customers,readinessBefore,readinessAfter");
        assertThat(Files.readAllLines(summary)).anySatisfy(line -> assertThat(line)
                .startsWith("azure.sku,PREMIUM,Buy the ExpressRoute Premium add-on.,"));
        assertThat(html.exitCode()).isZero();
        assertThat(Files.readString(report)).contains("Changes that unblock the most customers")
                .contains("Buy the ExpressRoute Premium add-on.");
        assertThat(CliRun.of("evaluate", "--summary", summary.toString(), PORTFOLIO).exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void explainShowsThePlan() {
        CliRun run = CliRun.of("explain", "--id", "oranje-commodities-nl", PORTFOLIO);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Plan: PLAN_FOUND").contains("azure.sku: STANDARD → PREMIUM");
    }

    @Test
    void rulesValidateWarnsAboutRemediesThatCannotWork(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("remedies.drl"), """

                rule "Remedy: a misspelt field"
                    @factId("SKU-PREMIUM") ruleflow-group "remedy"
                when
                    com.expressrouteadvisor.advice.Gap( code == "PREMIUM_REQUIRED" )
                then
                    insert(new Remedy("PREMIUM_REQUIRED", "azure.skew", "PREMIUM", 3, "premium"));
                end

                rule "Remedy: a value the profile refuses, a cost of nothing and no text"
                    @factId("SKU-PREMIUM") ruleflow-group "remedy"
                when
                    com.expressrouteadvisor.advice.Gap( code == "PREMIUM_REQUIRED" )
                then
                    insert(new Remedy("PREMIUM_REQUIRD", "azure.sku", "GOLD", 0, "gold-plated"));
                end
                """, StandardOpenOption.APPEND);

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .contains("remedy field azure.skew is not a profile field")
                .contains("remedy value \"GOLD\" for azure.sku fails the profile's validation: azure.sku:")
                .contains("remedy cost 0: a cost is 1 or more effort points")
                .contains("remedy for gap code PREMIUM_REQUIRD, which no rule raises (did you mean 'PREMIUM_REQUIRED'?)")
                .contains("remedy text remedy.gold-plated is missing from messages/advice.properties")
                .contains("remedy text remedy.gold-plated is missing from messages/advice_nl.properties");
    }
}
