package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.ConnectivityModel;
import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.Layer;
import com.expressrouteadvisor.advice.RankedRecommendation;
import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.advice.RuleSetInfo;
import com.expressrouteadvisor.advice.Severity;
import com.expressrouteadvisor.batch.Portfolios;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.ProfileParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class OutputFormatsTest {

    private static Advisor advisor;
    private static List<Evaluation> results;

    @BeforeAll
    static void evaluatePortfolio() throws Exception {
        advisor = Advisor.builder().rules(Portfolios.RULES).reference(Portfolios.REFERENCE).build();
        ProfileParser parser = new ProfileParser();
        results = new ArrayList<>();
        for (String line : Portfolios.ndjsonLines(300, 5)) {
            results.add(advisor.evaluate(parser.parse(line).profile(), EvaluationOptions.DEFAULT));
        }
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @Test
    void jsonAndNdjsonHoldTheSameResultsInTheSameOrder() throws IOException {
        List<JsonNode> array = new ArrayList<>();
        Json.mapper().readTree(write(OutputFormat.JSON, results)).forEach(array::add);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : write(OutputFormat.NDJSON, results).split("\n")) {
            lines.add(Json.mapper().readTree(line));
        }

        assertThat(array).hasSize(results.size()).isEqualTo(lines);
        assertThat(array.get(0).get("customerId").asText()).isEqualTo(results.get(0).customerId());
        assertThat(Json.mapper().treeToValue(array.get(7), Evaluation.class)).isEqualTo(results.get(7));
    }

    @Test
    void ndjsonLinesAreTheBytesJacksonWritesForEachResultAlsoForTextsWrittenAgain() throws IOException {
        // The same text objects in every result, as the text memo gives them, with characters that JSON escapes.
        String message = "Route \"both\" paths\\ via Amsterdam–Zürich\n\tcheck\u0001 the 😀 MTU";
        String remediation = "Vraag de provider om één extra circuit";
        List<Evaluation> repeated = new ArrayList<>(results.subList(0, 40));
        for (int i = 0; i < 3; i++) {
            repeated.add(new Evaluation("customer-" + i, Readiness.BLOCKED, List.of(), List.of(
                    new GapFinding("GAP_X", Severity.BLOCKER, message, remediation, "rule " + i, "ref"),
                    new GapFinding("GAP_X", Severity.BLOCKER, message, remediation, "rule " + i, "ref")),
                    List.of(), null, null, new RuleSetInfo("v1", 1)));
        }
        repeated.addAll(results.subList(0, 40)); // every text of these results is now met again

        String[] lines = write(OutputFormat.NDJSON, repeated).split("\n");

        assertThat(lines).hasSize(repeated.size());
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i]).as("line %d", i + 1).isEqualTo(
                    new String(Json.mapper().writeValueAsBytes(repeated.get(i)), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anEmptyRunIsStillOneJsonArray() throws IOException {
        assertThat(Json.mapper().readTree(write(OutputFormat.JSON, List.of())).isArray()).isTrue();
    }

    @Test
    void csvHasOneRowPerCustomerWithTopModelReadinessTierAndGapCodes() throws IOException {
        String csv = write(OutputFormat.CSV, results);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(new TypeReference<List<String>>() { }).readValues(csv)) {
            it.forEachRemaining(rows::add);
        }

        assertThat(rows.get(0)).containsExactly(ResultRow.CSV_HEADER);
        assertThat(rows).hasSize(results.size() + 1);
        for (int i = 0; i < results.size(); i++) {
            Evaluation e = results.get(i);
            List<String> row = rows.get(i + 1);
            assertThat(row.get(0)).isEqualTo(e.customerId());
            assertThat(row.get(1)).isEqualTo(e.readiness().name());
            assertThat(row.get(2)).isEqualTo(e.recommendations().isEmpty() ? "" : e.recommendations().get(0).model().name());
            assertThat(row.get(7)).isEqualTo(String.join(";", e.gaps().stream().map(g -> g.code()).distinct().toList()));
        }
    }

    @Test
    void htmlReportIsOnePageWithChartsAndEveryCustomerInItsTable() throws IOException {
        String html = write(OutputFormat.HTML, results);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("</html>");
        assertThat(html).contains("Customers per recommended model", "Readiness funnel", "Resiliency tiers");
        // Charts are text: the model's title in words and each tier's share are in the page, not drawn as outlines.
        String charts = html.substring(html.indexOf("<section class=\"charts\">"), html.indexOf("<section class=\"customers\">"));
        assertThat(charts).contains("<span class=\"bar-label\">" + results.stream().filter(e -> !e.recommendations().isEmpty())
                .findFirst().orElseThrow().recommendations().get(0).title().replace("'", "&#39;"));
        assertThat(charts).containsPattern("<text [^>]*class=\"slice-label\">\\d+%</text>");
        assertThat(html).doesNotContain("xchart").hasSizeLessThan(2_000_000);
        assertThat(html).doesNotContainPattern("(src|href)\\s*=\\s*\"https?:");
        JsonNode rows = Json.mapper().readTree(embeddedRows(html));
        assertThat(rows).hasSize(results.size());
        assertThat(rows.get(0).get(0).asText()).isEqualTo(results.get(0).customerId());
        long blocked = results.stream().filter(e -> e.readiness() == Readiness.BLOCKED).count();
        assertThat(html).contains(String.format("%,d</div><div class=\"label\">blocked", blocked));
    }

    @Test
    void htmlReportCountsIncompleteCustomersAndSortsReadinessWorstFirst() throws IOException {
        long incomplete = results.stream().filter(e -> e.readiness() == Readiness.INCOMPLETE).count();
        String html = write(OutputFormat.HTML, results);

        assertThat(incomplete).isPositive();
        assertThat(html).contains(String.format("%,d</div><div class=\"label\">incomplete", incomplete))
                .contains(".INCOMPLETE {", "data-type=\"readiness\"",
                        "{ BLOCKED: 0, INCOMPLETE: 1, READY_WITH_WARNINGS: 2, READY: 3 }");
    }

    @Test
    void theFunnelKeepsOnlyCustomersWhoseModelAndLayerAreDecided() {
        PortfolioSummary summary = new PortfolioSummary();
        results.forEach(e -> summary.add(ResultRow.of(e)));
        long decided = results.stream().filter(e -> !e.recommendations().isEmpty()
                && (e.readiness() == Readiness.READY || e.readiness() == Readiness.READY_WITH_WARNINGS)).count();

        assertThat(summary.funnel()).containsKeys("no blocker", "model and layer decided")
                .containsEntry("model and layer decided", decided);
        assertThat(summary.funnel().get("model and layer decided")).isLessThan(summary.funnel().get("no blocker"));
    }

    @Test
    void theTableSaysWhichQuestionsDecideTheModelOrLayer() throws IOException {
        List<Evaluation> incomplete = results.stream().filter(e -> e.readiness() == Readiness.INCOMPLETE).toList();

        assertThat(write(OutputFormat.TABLE, incomplete)).contains(" INCOMPLETE").containsPattern("\\(decides the (model|layer)\\)");
    }

    @Test
    void theTableReadsLikeAdviceAndGivesARemediationOnce() throws IOException {
        Evaluation e = results.get(0);
        GapFinding first = new GapFinding("PREMIUM_REQUIRED", Severity.BLOCKER, "Regions outside Europe",
                "Upgrade the circuit to Premium", "rule", "expressroute-faqs");
        GapFinding second = new GapFinding("PREMIUM_REQUIRED", Severity.BLOCKER, "Microsoft 365 needs Premium",
                "Upgrade the circuit to Premium", "rule", "expressroute-faqs");
        GapFinding warning = new GapFinding("SINGLE_PEERING_LOCATION", Severity.WARNING, "One location",
                "Add a second circuit", "rule", null);
        RankedRecommendation top = new RankedRecommendation(1, ConnectivityModel.ANY_TO_ANY_IPVPN,
                Layer.MANAGED_LAYER3, "Any-to-any IPVPN, managed Layer 3", 85, "r", List.of());
        Evaluation advice = new Evaluation("acme", Readiness.BLOCKED, List.of(top), List.of(first, second, warning),
                List.of(new com.expressrouteadvisor.advice.OpenQuestion("routing.bgpCapable", "Layer 2 needs BGP.",
                        com.expressrouteadvisor.advice.Decides.LAYER)), e.resiliency(), null, e.ruleSet());

        String table = write(OutputFormat.TABLE, List.of(advice));

        assertThat(table).contains("    1. Any-to-any IPVPN, managed Layer 3 (score 85)",
                "  Blockers\n    PREMIUM_REQUIRED: Regions outside Europe\n        remedy: Upgrade the circuit to Premium\n"
                        + "        see https://learn.microsoft.com/azure/expressroute/expressroute-faqs\n",
                "        remedy: as above",
                "  Warnings\n    SINGLE_PEERING_LOCATION: One location\n        remedy: Add a second circuit\n",
                "    ? Can the customer run BGP on its own edge routers? \u2014 routing.bgpCapable (decides the layer)\n"
                        + "        why: Layer 2 needs BGP.");
        assertThat(table.split("Upgrade the circuit to Premium", -1)).hasSize(2);
        assertThat(table).doesNotContain("ANY_TO_ANY_IPVPN");
    }

    @Test
    void aLargePortfolioKeepsEveryCustomerInTheChartsAndSaysTheTableIsCut() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HtmlReportWriter writer = new HtmlReportWriter(bytes, 100)) {
            for (Evaluation e : results) {
                writer.writeResult(e);
            }
        }
        String html = bytes.toString(StandardCharsets.UTF_8);

        assertThat(Json.mapper().readTree(embeddedRows(html))).hasSize(100);
        assertThat(html).contains("The table holds the first 100 of 300 customers", "300</div><div class=\"label\">customers");
    }

    @Test
    void aCustomerIdCannotBreakOutOfTheReportsScript() throws IOException {
        Evaluation hostile = new Evaluation("</script><script>alert(1)</script>", Readiness.READY, List.of(),
                List.of(), List.of(), null, null, new RuleSetInfo("sha256:x", 1));

        String html = write(OutputFormat.HTML, List.of(hostile));

        assertThat(html).doesNotContain("<script>alert(1)");
        assertThat(Json.mapper().readTree(embeddedRows(html)).get(0).get(0).asText()).isEqualTo(hostile.customerId());
    }

    @Test
    void everyFormatWritesAnIdWithALoneSurrogate() throws IOException {
        Evaluation odd = withId(results.get(0), "x\ud800y");

        for (OutputFormat format : List.of(OutputFormat.JSON, OutputFormat.NDJSON)) {
            String json = write(format, List.of(odd));
            JsonNode tree = Json.mapper().readTree(json);
            JsonNode result = format == OutputFormat.JSON ? tree.get(0) : tree;
            assertThat(result.get("customerId").asText()).as(format + " keeps the exact value").isEqualTo("x\ud800y");
        }
        assertThat(csvRows(write(OutputFormat.CSV, List.of(odd))).get(1).get(0)).isEqualTo("x\ufffdy");
        assertThat(write(OutputFormat.TABLE, List.of(odd))).startsWith("x\ufffdy  ");
        String html = write(OutputFormat.HTML, List.of(odd));
        assertThat(Json.mapper().readTree(embeddedRows(html)).get(0).get(0).asText()).isEqualTo("x\ud800y");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasStartWithAQuote() throws IOException {
        List<String> ids = List.of("=HYPERLINK(\"http://x\",\"y\")", "+31 20", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd",
                "plain-id");
        List<Evaluation> rows = new ArrayList<>();
        for (String id : ids) {
            rows.add(withId(results.get(0), id));
        }
        Evaluation e = results.get(0);
        RankedRecommendation top = new RankedRecommendation(1, ConnectivityModel.ANY_TO_ANY_IPVPN,
                Layer.MANAGED_LAYER3, "Any-to-any IPVPN, managed Layer 3", -5, "r", List.of());
        rows.add(new Evaluation("negative", e.readiness(), List.of(top), e.gaps(), e.questions(), e.resiliency(), null,
                e.ruleSet()));

        List<List<String>> csv = csvRows(write(OutputFormat.CSV, rows));

        assertThat(csv.subList(1, csv.size()).stream().map(row -> row.get(0)))
                .containsExactly("'=HYPERLINK(\"http://x\",\"y\")", "'+31 20", "'-2+3", "'@SUM(A1)", "'\tcmd", "'\rcmd",
                        "plain-id", "negative");
        assertThat(csv.get(csv.size() - 1).get(4)).as("a negative score is a number").isEqualTo("-5");
    }

    @Test
    void theTableShowsControlCharactersInsteadOfPassingThemToTheTerminal() throws IOException {
        Evaluation e = results.get(0);
        GapFinding gap = new GapFinding("UNKNOWN_PEERING_LOCATION", Severity.WARNING,
                "Peering location \"Ams\u009b2J\" is unknown", "", "rule", null);
        Evaluation hostile = new Evaluation("\u001b[2J\u202eevil\u007f", e.readiness(), e.recommendations(),
                List.of(gap), e.questions(), e.resiliency(), null, e.ruleSet());

        String table = write(OutputFormat.TABLE, List.of(hostile));

        assertThat(table).startsWith("\\u001b[2J\\u202eevil\\u007f  ").contains("\"Ams\\u009b2J\"");
        assertThat(table.chars().filter(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x202e)))
                .isEmpty();
        assertThat(Json.mapper().readTree(write(OutputFormat.NDJSON, List.of(hostile))).get("customerId").asText())
                .as("JSON keeps the exact value").isEqualTo(hostile.customerId());
    }

    private static Evaluation withId(Evaluation e, String id) {
        return new Evaluation(id, e.readiness(), e.recommendations(), e.gaps(), e.questions(), e.resiliency(),
                e.firedRules(), e.ruleSet());
    }

    private static List<List<String>> csvRows(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(new TypeReference<List<String>>() { }).readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static String embeddedRows(String html) {
        Matcher m = Pattern.compile("<script id=\"rows\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String write(OutputFormat format, List<Evaluation> evaluations) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ResultWriter<?> writer = format.open(bytes)) {
            for (Evaluation e : evaluations) {
                writer.writeResult(e);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
