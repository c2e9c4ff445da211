package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.support.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code advisor evaluate} as a user runs it: formats, rejects, counts and exit codes. */
class EvaluateCommandTest {

    @Test
    void theSamplePortfolioEvaluatesEveryCustomerAsJson() throws IOException {
        CliRun run = CliRun.of("evaluate", "--format", "json", "facts/samples/portfolio.json");

        assertThat(run.exitCode()).isZero();
        JsonNode results = Json.mapper().readTree(run.out());
        JsonNode input = Json.mapper().readTree(Path.of("facts/samples/portfolio.json").toFile());
        assertThat(results.size()).isEqualTo(input.size()).isGreaterThanOrEqualTo(20);
        for (int i = 0; i < input.size(); i++) {
            assertThat(results.get(i).get("customerId").asText()).isEqualTo(input.get(i).get("id").asText());
            assertThat(results.get(i).get("ruleSet").get("version").asText()).startsWith("sha256:");
            assertThat(results.get(i).has("firedRules")).isFalse();
        }
        assertThat(run.err()).contains(input.size() + " read, " + input.size() + " evaluated, 0 rejected");
    }

    @Test
    void badRecordsAreRejectedWithSourceLineAndFieldWhileTheRestIsEvaluated(@TempDir Path temp) throws IOException {
        Path input = temp.resolve("mixed.json");
        Files.writeString(input, """
                [
                  {"id": "good-1", "azureSubscription": true},
                  {"id": "bad-type", "routing": {"asn": "sixty-five"}},
                  {"name": "no id at all"},
                  {"id": "typo", "conectivity": {}},
                  {"id": "good-2", "azureSubscription": false}
                ]
                """);
        Path rejects = temp.resolve("out/rejects.ndjson");

        CliRun run = CliRun.of("evaluate", "--format", "ndjson", "--rejects", rejects.toString(), input.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out().lines().map(line -> readId(line))).containsExactly("good-1", "good-2");
        assertThat(run.err()).contains("5 read, 2 evaluated, 3 rejected");
        List<JsonNode> rejected = Files.readAllLines(rejects).stream().map(EvaluateCommandTest::json).toList();
        assertThat(rejected).hasSize(3);
        assertThat(rejected.get(0).get("source").asText()).isEqualTo(input.toString());
        assertThat(rejected.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(rejected.get(0).get("errors").get(0).get("field").asText()).isEqualTo("routing.asn");
        assertThat(rejected.get(1).get("errors").get(0).get("field").asText()).isEqualTo("id");
        assertThat(rejected.get(2).get("errors").get(0).get("reason").asText()).contains("did you mean 'connectivity'");
    }

    @Test
    void aMalformedNdjsonLineIsRejectedAndTheNextLinesStillRead(@TempDir Path temp) throws IOException {
        Path input = temp.resolve("p.ndjson");
        Files.writeString(input, "{\"id\":\"a\"}\n{\"id\": \"b\",\n\n{\"id\":\"c\"}\n");

        CliRun run = CliRun.of("evaluate", "--format", "ndjson", "--rejects", temp.resolve("r.ndjson").toString(),
                input.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out().lines().map(EvaluateCommandTest::readId)).containsExactly("a", "c");
        assertThat(run.err()).contains(input + ":2:").contains("malformed JSON");
    }

    @Test
    void standardInputIsReadAsNdjson() {
        CliRun run = CliRun.withInput("{\"id\":\"s1\"}\n{\"id\":\"s2\"}\n", "evaluate", "--format", "ndjson", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().map(EvaluateCommandTest::readId)).containsExactly("s1", "s2");
    }

    @Test
    void aSingleProfileObjectIsOneRecord() {
        CliRun run = CliRun.of("evaluate", "--format", "ndjson", "--explain", "facts/samples/one-customer.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).singleElement()
                .satisfies(line -> assertThat(json(line).get("firedRules").size()).isPositive());
    }

    @Test
    void theTableFormatIsReadable() {
        CliRun run = CliRun.of("evaluate", "--format", "table", "facts/samples/one-customer.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("havenstad-logistiek-nl").contains("1. Co-location at a cloud exchange, Layer 2 (score ")
                .contains("        remedy: ").contains("        see https://learn.microsoft.com/azure/expressroute/")
                .doesNotContain("CLOUD_EXCHANGE_COLOCATION");
    }

    @Test
    void resultsGoToTheOutFileAndRejectsBesideIt(@TempDir Path temp) throws IOException {
        Path input = temp.resolve("p.ndjson");
        Files.writeString(input, "{\"id\":\"a\"}\n{\"id\":1}\n");
        Path out = temp.resolve("results/advice.json");

        CliRun run = CliRun.of("evaluate", "--out", out.toString(), input.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(Json.mapper().readTree(out.toFile()).size()).isEqualTo(1);
        assertThat(temp.resolve("results/rejects.ndjson")).exists();
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void usageErrorsExit2() {
        assertThat(CliRun.of("evaluate", "no-such-file.json").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("evaluate", "--format", "pdf", "facts/samples/one-customer.json").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("evaluate", "pom.xml").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("evaluate", "--rules", "no-such-folder", "facts/samples/one-customer.json").exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void theFormatIsTakenInAnyCaseAndAnUnknownOneListsTheFormatsThereAre() {
        CliRun upper = CliRun.of("evaluate", "--format", "NDJSON", "facts/samples/one-customer.json");
        CliRun unknown = CliRun.of("evaluate", "--format", "xml", "facts/samples/one-customer.json");

        assertThat(upper.exitCode()).isZero();
        assertThat(upper.out().lines()).hasSize(1);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Invalid value for option '--format': expected one of "
                + "[JSON, NDJSON, CSV, TABLE, HTML, CODES] (case-insensitive) but was 'xml'");
    }

    @Test
    void versionIsTheProjectVersionOfTheBuild() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).matches("ExpressRoute Advisor \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?")
                .doesNotContain("development", "${");
    }

    @Test
    void dutchIsChosenWithLang() {
        CliRun english = CliRun.of("evaluate", "--format", "ndjson", "facts/samples/portfolio.json");
        CliRun dutch = CliRun.of("evaluate", "--format", "ndjson", "--lang", "nl", "facts/samples/portfolio.json");

        assertThat(dutch.exitCode()).isZero();
        assertThat(dutch.out()).isNotEqualTo(english.out());
        assertThat(dutch.out().lines().count()).isEqualTo(english.out().lines().count());
    }

    private static String readId(String line) {
        return json(line).get("customerId").asText();
    }

    private static JsonNode json(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
