package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.support.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code evaluate --format codes} as a program reading it would: one catalog line, then one line of codes per
 * customer in input order, from which the catalog's texts give back every word the NDJSON format shows.
 */
class CodesFormatTest {

    private static final String SAMPLE = "facts/samples/portfolio.json";

    @TempDir
    static Path folder;
    private static Path generated;

    @BeforeAll
    static void generatePortfolio() {
        generated = folder.resolve("generated.ndjson");
        assertThat(CliRun.of("generate", "--count", "400", "--seed", "11", "--out", generated.toString()).exitCode())
                .isZero();
    }

    @Test
    void theSamplePortfolioIsOneCatalogLineThenOneLinePerCustomerInInputOrder() throws IOException {
        CliRun run = evaluate("codes", "en", SAMPLE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> lines = lines(run.out());
        JsonNode input = Json.mapper().readTree(Path.of(SAMPLE).toFile());
        assertThat(lines).hasSize(input.size() + 1);
        JsonNode catalog = lines.get(0);
        assertThat(catalog.get("type").asText()).isEqualTo("catalog");
        assertThat(catalog.get("language").asText()).isEqualTo("en");
        assertThat(catalog.get("ruleSet").get("version").asText()).startsWith("sha256:");
        for (int i = 0; i < input.size(); i++) {
            JsonNode result = lines.get(i + 1);
            assertThat(result.get("type").asText()).isEqualTo("result");
            assertThat(result.get("customerId").asText()).isEqualTo(input.get(i).get("id").asText());
            assertThat(result.has("ruleSet")).as("the rule set is in the catalog, once").isFalse();
        }
        assertThat(run.err()).contains(input.size() + " read, " + input.size() + " evaluated, 0 rejected");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"sample, en", "sample, nl", "generated, en", "generated, nl"})
    void everyLineRendersWithTheCatalogIntoTheWordsOfTheNdjsonFormat(String portfolio, String language)
            throws IOException {
        String input = portfolio.equals("sample") ? SAMPLE : generated.toString();
        CliRun codesRun = evaluate("codes", language, input);
        CliRun ndjsonRun = evaluate("ndjson", language, input);
        assertThat(codesRun.exitCode()).as(codesRun.err()).isZero();
        assertThat(ndjsonRun.exitCode()).as(ndjsonRun.err()).isZero();

        List<JsonNode> codes = lines(codesRun.out());
        List<JsonNode> texts = lines(ndjsonRun.out());
        JsonNode catalog = codes.get(0);
        Locale locale = Locale.forLanguageTag(catalog.get("language").asText());
        assertThat(codes).hasSize(texts.size() + 1);
        int gapsRendered = 0;
        for (int i = 0; i < texts.size(); i++) {
            JsonNode line = codes.get(i + 1);
            JsonNode shown = texts.get(i);
            String customer = shown.get("customerId").asText();
            assertThat(line.get("customerId").asText()).isEqualTo(customer);
            assertThat(line.get("readiness")).as(customer).isEqualTo(shown.get("readiness"));
            assertThat(line.get("resiliency")).as(customer).isEqualTo(shown.get("resiliency"));
            assertThat(catalog.get("ruleSet")).isEqualTo(shown.get("ruleSet"));

            JsonNode gaps = line.get("gaps");
            assertThat(gaps.size()).as(customer).isEqualTo(shown.get("gaps").size());
            for (int g = 0; g < gaps.size(); g++) {
                JsonNode gap = gaps.get(g);
                JsonNode shownGap = shown.get("gaps").get(g);
                JsonNode patterns = catalog.get("gaps").path(gap.get("code").asText());
                assertThat(gap.get("code")).isEqualTo(shownGap.get("code"));
                assertThat(gap.get("severity")).isEqualTo(shownGap.get("severity"));
                assertThat(gap.get("rule")).isEqualTo(shownGap.get("rule"));
                assertThat(gap.get("reference")).isEqualTo(shownGap.get("reference"));
                String message = patterns.has("message")
                        ? render(catalog, patterns.get("message").asText(), gap.get("arguments"), locale)
                        : gap.get("code").asText();
                String remediation = patterns.has("remediation")
                        ? render(catalog, patterns.get("remediation").asText(), gap.get("arguments"), locale) : "";
                assertThat(message).as(customer).isEqualTo(shownGap.get("message").asText());
                assertThat(remediation).as(customer).isEqualTo(shownGap.get("remediation").asText());
                gapsRendered++;
            }

            JsonNode recommendations = line.get("recommendations");
            assertThat(recommendations.size()).as(customer).isEqualTo(shown.get("recommendations").size());
            for (int r = 0; r < recommendations.size(); r++) {
                JsonNode recommendation = recommendations.get(r);
                JsonNode shownRecommendation = shown.get("recommendations").get(r);
                assertThat(recommendation.get("model")).isEqualTo(shownRecommendation.get("model"));
                assertThat(recommendation.get("layer")).isEqualTo(shownRecommendation.get("layer"));
                assertThat(recommendation.get("score")).isEqualTo(shownRecommendation.get("score"));
                assertThat(catalog.get("titles").get(recommendation.get("model").asText())
                        .get(recommendation.get("layer").asText()).asText())
                        .isEqualTo(shownRecommendation.get("title").asText());
                List<String> reasons = new ArrayList<>();
                // A reason the catalog lacks was written by its rule as plain text.
                recommendation.get("reasons").forEach(key -> reasons.add(
                        catalog.get("reasons").path(key.asText()).asText(key.asText())));
                assertThat(reasons).isEqualTo(strings(shownRecommendation.get("reasons")));
            }

            JsonNode questions = line.get("questions");
            assertThat(questions.size()).as(customer).isEqualTo(shown.get("questions").size());
            for (int q = 0; q < questions.size(); q++) {
                JsonNode question = questions.get(q);
                JsonNode shownQuestion = shown.get("questions").get(q);
                assertThat(question.get("field")).isEqualTo(shownQuestion.get("field"));
                assertThat(question.get("decides")).isEqualTo(shownQuestion.get("decides"));
                assertThat(catalog.get("questions").path(question.get("field").asText()).asText(""))
                        .isEqualTo(shownQuestion.get("why").asText());
            }
        }
        assertThat(gapsRendered).as("the portfolio has gaps to render").isGreaterThan(texts.size() / 2);
    }

    @Test
    void rejectedRecordsAreCountedAndLeftOutOfTheCodes() throws IOException {
        Path input = folder.resolve("mixed.json");
        Files.writeString(input, """
                [
                  {"id": "good-1", "azureSubscription": true},
                  {"id": "bad-type", "routing": {"asn": "sixty-five"}},
                  {"name": "no id at all"},
                  {"id": "good-2", "azureSubscription": false}
                ]
                """);
        Path rejects = folder.resolve("mixed-rejects.ndjson");

        CliRun run = CliRun.of("evaluate", "--format", "codes", "--rejects", rejects.toString(), input.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORDS_REJECTED);
        List<JsonNode> lines = lines(run.out());
        assertThat(lines.get(0).get("type").asText()).isEqualTo("catalog");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.get("customerId").asText())
                .containsExactly("good-1", "good-2");
        assertThat(run.err()).contains("4 read, 2 evaluated, 2 rejected");
        assertThat(Files.readAllLines(rejects)).hasSize(2);
    }

    @Test
    void plansAndExplanationsAreRefusedRatherThanLeftOut() {
        CliRun explain = CliRun.of("evaluate", "--format", "codes", "--explain", SAMPLE);
        CliRun plan = CliRun.of("evaluate", "--format", "codes", "--plan", SAMPLE);
        CliRun planCommand = CliRun.of("plan", "--format", "codes", SAMPLE);
        CliRun diff = CliRun.of("rules", "diff", "--base", "rules", "--format", "codes", SAMPLE);

        assertThat(explain.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(explain.err()).contains("--explain does not go with --format codes");
        assertThat(plan.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(plan.err()).contains("--plan does not go with --format codes");
        assertThat(planCommand.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(planCommand.err()).contains("advisor plan does not go with --format codes");
        assertThat(diff.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(diff.err()).contains("codes");
        assertThat(explain.out() + plan.out() + planCommand.out() + diff.out()).isEmpty();
    }

    @Test
    void anOutputThatCannotBeCreatedFailsBeforeTheRun() {
        Path unwritable = folder.resolve("no-such-folder").resolve("file-in-place-of-folder");
        CliRun blocker = CliRun.of("generate", "--count", "1", "--out", folder.resolve("no-such-folder").toString());
        assertThat(blocker.exitCode()).isZero();

        CliRun run = CliRun.of("evaluate", "--format", "codes", "--out", unwritable.toString(),
                "--rejects", folder.resolve("unwritable-rejects.ndjson").toString(), SAMPLE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--out " + unwritable + ": cannot write there").doesNotContain("evaluated");
    }

    @Test
    void aFullDiskFailsTheRun() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full");
        Path err = folder.resolve("full-stderr");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), AdvisorCommand.class.getName(),
                "evaluate", "--format", "codes", "--rejects", folder.resolve("full-rejects.ndjson").toString(),
                generated.toString());
        builder.redirectOutput(full.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().close();

        int code = process.waitFor();

        String stderr = Files.readString(err);
        assertThat(code).as(stderr).isEqualTo(ExitCodes.INTERNAL_FAILURE);
        assertThat(stderr).contains("advisor: cannot write results to standard output: No space left on device")
                .doesNotContain("evaluated");
    }

    private static CliRun evaluate(String format, String language, String input) {
        return CliRun.of("evaluate", "--format", format, "--lang", language,
                "--rejects", folder.resolve(format + "-" + language + "-rejects.ndjson").toString(), input);
    }

    /**
     * The rendering docs/contract.md gives readers: the pattern is a java.text.MessageFormat in the catalog's
     * language; a phrase argument is the catalog's phrase rendered with its own arguments (its key when the catalog
     * has none); a whole number in a placeholder without a format type is its digits.
     */
    private static String render(JsonNode catalog, String pattern, JsonNode arguments, Locale locale) {
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode argument = arguments.get(i);
            boolean plain = i >= formats.length || formats[i] == null;
            if (argument.isObject()) {
                String key = argument.get("phrase").asText();
                JsonNode phrase = catalog.get("phrases").get(key);
                values[i] = phrase == null ? key : render(catalog, phrase.asText(), argument.get("arguments"), locale);
            } else if (argument.isIntegralNumber()) {
                values[i] = plain ? argument.asText() : argument.numberValue();
            } else if (argument.isNumber()) {
                values[i] = argument.numberValue();
            } else {
                values[i] = argument.isNull() ? null : argument.asText();
            }
        }
        return format.format(values);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<JsonNode> lines(String out) {
        return out.lines().map(line -> {
            try {
                return Json.mapper().readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
