package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.RankedRecommendation;
import com.expressrouteadvisor.advice.Severity;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sortable, filterable table of customers, one page of rows at a time, each row opening to the customer's
 * detail (recommendations, gaps with their remediations and links, questions with their "why"). The rows are
 * spooled as JSON while the run streams and embedded in the page; the browser builds only the rows of the page
 * shown and a customer's detail only when it is opened, so a page of 100,000 customers opens as fast as JSON is
 * parsed. Texts repeated from customer to customer (a remediation, a question's why) are kept once in a table of
 * texts, up to {@link #MAX_SHARED_TEXTS} of them; beyond that they are written in place.
 */
final class CustomerTableSection implements ReportSection {

    static final int MAX_SHARED_TEXTS = 100_000;
    private static final String[][] COLUMNS = {{"customer", "text"}, {"readiness", "readiness"}, {"model", "text"},
            {"score", "number"}, {"resiliency", "text"}, {"blockers", "number"}, {"warnings", "number"},
            {"gaps", "list"}, {"questions", "list"}};

    private final int tableRows;
    private final Path spool;
    private final OutputStream spoolStream;
    private final JsonGenerator rows;
    private final Map<String, Integer> shared = new HashMap<>();
    private final Map<String, Integer> sharedOrder = new LinkedHashMap<>();
    private long customers;
    private long spooled;

    CustomerTableSection(int tableRows) throws IOException {
        this.tableRows = tableRows;
        this.spool = Files.createTempFile("advisor-report-", ".rows");
        spool.toFile().deleteOnExit();
        this.spoolStream = Files.newOutputStream(spool);
        this.rows = scriptSafe(Json.mapper().getFactory().createGenerator(spoolStream));
    }

    @Override
    public void add(Evaluation e) throws IOException {
        customers++;
        if (spooled >= tableRows) {
            return;
        }
        ResultRow row = ResultRow.of(e);
        rows.writeRaw(spooled == 0 ? "" : ",\n");
        rows.writeStartArray();
        rows.writeString(e.customerId());
        rows.writeString(e.readiness().name());
        rows.writeString(e.recommendations().isEmpty() ? "" : e.recommendations().get(0).title());
        writeNumber(row.score());
        rows.writeString(row.resiliencyTier() == null ? "" : row.resiliencyTier());
        writeNumber(row.resiliencyScore());
        rows.writeNumber(row.blockers());
        rows.writeNumber(row.warnings());
        rows.writeStartArray();
        for (GapFinding gap : e.gaps()) {
            rows.writeStartArray();
            rows.writeString(gap.code());
            rows.writeString(gap.severity() == null ? Severity.INFO.name() : gap.severity().name());
            text(gap.message());
            text(gap.remediation());
            rows.writeString(gap.reference() == null ? "" : gap.reference());
            rows.writeEndArray();
        }
        rows.writeEndArray();
        rows.writeStartArray();
        for (OpenQuestion q : e.questions()) {
            rows.writeStartArray();
            rows.writeString(q.field());
            text(q.why());
            rows.writeString(q.decides() == null ? "" : q.decides().name());
            rows.writeEndArray();
        }
        rows.writeEndArray();
        rows.writeStartArray();
        for (RankedRecommendation r : e.recommendations()) {
            rows.writeStartArray();
            text(r.title());
            rows.writeNumber(r.score());
            rows.writeEndArray();
        }
        rows.writeEndArray();
        rows.writeEndArray();
        spooled++;
    }

    private void writeNumber(Integer value) throws IOException {
        if (value == null) {
            rows.writeNull();
        } else {
            rows.writeNumber(value);
        }
    }

    /** A shared text's number, or the text itself once the table of texts is full. */
    private void text(String value) throws IOException {
        String text = value == null ? "" : value;
        Integer index = shared.get(text);
        if (index == null && shared.size() < MAX_SHARED_TEXTS) {
            index = shared.size();
            shared.put(text, index);
            sharedOrder.put(text, index);
        }
        if (index == null) {
            rows.writeString(text);
        } else {
            rows.writeNumber(index);
        }
    }

    @Override
    public void write(Writer w, ReportTexts texts) throws IOException {
        rows.close();
        w.write("<section class=\"customers\"><h2>" + texts.get("customers") + "</h2>\n");
        if (spooled < customers) {
            w.write("<p class=\"note\">" + texts.get("cut", texts.number(spooled), texts.number(customers)) + "</p>\n");
        }
        w.write("<div class=\"tools\"><input id=\"filter\" type=\"search\" aria-label=\""
                + HtmlReportWriter.escape(texts.get("filter")) + "\" placeholder=\""
                + HtmlReportWriter.escape(texts.get("filter")) + "\"> <span id=\"shown\" aria-live=\"polite\"></span></div>\n");
        w.write("<table id=\"customers\"><thead><tr>");
        for (int i = 0; i < COLUMNS.length; i++) {
            String label = HtmlReportWriter.escape(texts.get("column." + COLUMNS[i][0]));
            w.write("<th data-column=\"" + i + "\" data-type=\"" + COLUMNS[i][1] + "\" data-name=\"" + COLUMNS[i][0]
                    + "\" class=\"col-" + COLUMNS[i][0] + "\" tabindex=\"0\" scope=\"col\">" + label + "</th>");
        }
        w.write("</tr></thead><tbody></tbody></table>\n<div class=\"pager\"><button type=\"button\" id=\"previous\">"
                + texts.get("previous") + "</button> <span id=\"page\"></span> <button type=\"button\" id=\"next\">"
                + texts.get("next") + "</button></div></section>\n");
        w.write("<script id=\"labels\" type=\"application/json\">");
        w.flush();
        writeLabels(w, texts);
        w.write("</script>\n<script id=\"rows\" type=\"application/json\">[");
        w.flush();
        try (InputStream spooledRows = Files.newInputStream(spool)) {
            new InputStreamReader(spooledRows, StandardCharsets.UTF_8).transferTo(w); // already JSON, escaped so that it cannot close the script element
        }
        w.write("]</script>\n<script id=\"texts\" type=\"application/json\">");
        StringWriter sharedTexts = new StringWriter();
        try (JsonGenerator json = scriptSafe(Json.mapper().getFactory().createGenerator(sharedTexts))) {
            json.writeStartArray();
            for (String text : sharedOrder.keySet()) {
                json.writeString(text);
            }
            json.writeEndArray();
        }
        w.write(sharedTexts.toString());
        w.write("</script>\n");
    }

    private static void writeLabels(Writer w, ReportTexts texts) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("page", "shown", "details", "recommendations", "noRecommendation", "remediation",
                "documentation", "questions", "noGaps", "noQuestions", "decides.MODEL", "decides.LAYER",
                "severity.BLOCKER", "severity.WARNING", "severity.INFO", "readiness.BLOCKED", "readiness.INCOMPLETE",
                "readiness.READY_WITH_WARNINGS", "readiness.READY", "tier.MAXIMUM", "tier.HIGH", "tier.STANDARD",
                "noModel")) {
            labels.put(key, texts.get(key));
        }
        for (String[] column : COLUMNS) {
            labels.put("column." + column[0], texts.get("column." + column[0]));
        }
        labels.put("docs", DocumentationLink.EXPRESSROUTE_DOCS);
        labels.put("language", texts.language().toLanguageTag());
        StringWriter json = new StringWriter();
        try (JsonGenerator generator = scriptSafe(Json.mapper().getFactory().createGenerator(json))) {
            generator.writeObject(labels);
        }
        w.write(json.toString());
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
            spoolStream.close();
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static JsonGenerator scriptSafe(JsonGenerator generator) {
        generator.setCharacterEscapes(new ScriptSafe());
        return generator;
    }

    /** JSON inside a script element must not contain {@code </script>}: escape the markup characters. */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] escapes;

        ScriptSafe() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
