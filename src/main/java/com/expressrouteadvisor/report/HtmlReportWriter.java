package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * {@code --format html}: one self-contained page (no script or style from the network) with the portfolio
 * summary as SVG charts and a sortable, filterable table of customers. Rows are spooled to a temporary file
 * while the run streams, and the page is put together at the end, when the summary is known.
 */
final class HtmlReportWriter implements ResultWriter<ResultRow> {

    /** More rows than this make a page no browser scrolls comfortably; the CSV output has them all. */
    static final int TABLE_ROWS = 100_000;
    private static final int TOP_GAPS = 12;

    private final OutputStream out;
    private final int tableRows;
    private final PortfolioSummary summary = new PortfolioSummary();
    private final PlanTally plans = new PlanTally();
    private final Path spool;
    private final JsonGenerator rows;
    private long spooled;

    HtmlReportWriter(OutputStream out) throws IOException {
        this(out, TABLE_ROWS);
    }

    HtmlReportWriter(OutputStream out, int tableRows) throws IOException {
        this.out = out;
        this.tableRows = tableRows;
        this.spool = Files.createTempFile("advisor-report-", ".rows");
        spool.toFile().deleteOnExit();
        this.rows = Json.mapper().getFactory().createGenerator(Files.newOutputStream(spool));
        rows.setCharacterEscapes(new ScriptSafe());
    }

    @Override
    public ResultRow encode(Evaluation evaluation) {
        plans.add(evaluation.plan());
        return ResultRow.of(evaluation);
    }

    @Override
    public void write(ResultRow row) throws IOException {
        summary.add(row);
        if (spooled < tableRows) {
            rows.writeRaw(spooled == 0 ? "" : ",\n");
            rows.writeStartArray();
            rows.writeString(row.customerId());
            rows.writeString(row.readiness());
            rows.writeString(row.topModel() == null ? "" : row.topModel());
            rows.writeString(row.layer() == null ? "" : row.layer());
            if (row.score() == null) {
                rows.writeNull();
            } else {
                rows.writeNumber(row.score());
            }
            rows.writeString(row.resiliencyTier() == null ? "" : row.resiliencyTier());
            if (row.resiliencyScore() == null) {
                rows.writeNull();
            } else {
                rows.writeNumber(row.resiliencyScore());
            }
            rows.writeNumber(row.blockers());
            rows.writeNumber(row.warnings());
            rows.writeString(String.join(" ", row.gapCodes()));
            rows.writeNumber(row.questions().size());
            rows.writeEndArray();
            spooled++;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
            Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            page(html);
            html.flush();
        } finally {
            Files.deleteIfExists(spool);
            out.close();
        }
    }

    private void page(Writer w) throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<title>ExpressRoute portfolio report</title>\n<style>\n" + resource("report.css") + "</style>\n");
        w.write("</head>\n<body>\n<header><h1>ExpressRoute portfolio report</h1>\n");
        w.write("<p class=\"meta\">" + summary.customers() + " customers evaluated · generated "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(ZonedDateTime.now()) + "</p></header>\n");
        cards(w);
        if (summary.customers() > 0) {
            w.write("<section class=\"charts\">\n");
            figure(w, "Customers per recommended model", PortfolioCharts.bars("customers", summary.topModels(),
                    PortfolioCharts.color(0)), "The rank-1 model of each customer.");
            figure(w, "Readiness funnel", PortfolioCharts.bars("customers", summary.funnel(),
                    PortfolioCharts.color(1)), "Each stage keeps those customers of the stage before that pass it.");
            Map<String, Long> gaps = summary.topGaps(TOP_GAPS);
            if (!gaps.isEmpty()) {
                figure(w, "Most frequent gaps", PortfolioCharts.bars("customers", gaps, PortfolioCharts.color(3)),
                        "Customers with each gap (the " + TOP_GAPS + " most frequent).");
            }
            Map<String, Long> tiers = summary.tiers();
            if (tiers.keySet().equals(java.util.Set.of(PortfolioSummary.NO_TIER))) {
                w.write("<figure><h3>Resiliency tiers</h3><p class=\"note\">The rule set concluded no resiliency "
                        + "tier for any customer.</p></figure>\n");
            } else {
                figure(w, "Resiliency tiers", PortfolioCharts.pie(tiers), "Customers per resiliency tier.");
            }
            w.write("</section>\n");
        }
        PlanReportSection.write(w, plans);
        table(w);
        w.write("<script>\n" + resource("report.js") + "</script>\n</body>\n</html>\n");
    }

    private void cards(Writer w) throws IOException {
        Map<String, Long> readiness = summary.readiness();
        w.write("<section class=\"cards\">\n");
        card(w, "customers", summary.customers(), "");
        card(w, "ready", readiness.getOrDefault("READY", 0L), "ready");
        card(w, "ready with warnings", readiness.getOrDefault("READY_WITH_WARNINGS", 0L), "warn");
        card(w, "incomplete", readiness.getOrDefault("INCOMPLETE", 0L), "incomplete");
        card(w, "blocked", readiness.getOrDefault("BLOCKED", 0L), "blocked");
        card(w, "with open questions", summary.withQuestions(), "");
        w.write("</section>\n");
    }

    private static void card(Writer w, String label, long value, String kind) throws IOException {
        w.write("<div class=\"card " + kind + "\"><div class=\"value\">" + String.format("%,d", value)
                + "</div><div class=\"label\">" + label + "</div></div>\n");
    }

    private static void figure(Writer w, String title, String svg, String caption) throws IOException {
        w.write("<figure><h3>" + escape(title) + "</h3>" + svg + "<figcaption>" + escape(caption)
                + "</figcaption></figure>\n");
    }

    private void table(Writer w) throws IOException {
        w.write("<section class=\"customers\"><h2>Customers</h2>\n");
        if (spooled < summary.customers()) {
            w.write("<p class=\"note\">The table holds the first " + String.format("%,d", spooled) + " of "
                    + String.format("%,d", summary.customers())
                    + " customers; the charts and counts cover all. Use <code>--format csv</code> for every row.</p>\n");
        }
        w.write("<div class=\"tools\"><input id=\"filter\" type=\"search\" placeholder=\"Filter: id, model, gap code…\">"
                + " <span id=\"shown\"></span></div>\n");
        w.write("<div class=\"scroll\"><table id=\"customers\"><thead><tr>");
        String[][] columns = {{"customer", "text"}, {"readiness", "readiness"}, {"top model", "text"}, {"layer", "text"},
                {"score", "number"}, {"resiliency", "text"}, {"res. score", "number"}, {"blockers", "number"},
                {"warnings", "number"}, {"gaps", "text"}, {"questions", "number"}};
        for (int i = 0; i < columns.length; i++) {
            w.write("<th data-column=\"" + i + "\" data-type=\"" + columns[i][1] + "\" tabindex=\"0\">"
                    + columns[i][0] + "</th>");
        }
        w.write("</tr></thead><tbody></tbody></table></div>\n<div class=\"pager\"><button id=\"previous\">‹ previous</button>"
                + " <span id=\"page\"></span> <button id=\"next\">next ›</button></div></section>\n");
        w.write("<script id=\"rows\" type=\"application/json\">[");
        w.flush();
        try (InputStream spooledRows = Files.newInputStream(spool)) {
            spooledRows.transferTo(out); // already JSON, escaped so that it cannot close the script element
        }
        w.write("]</script>\n");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("/report/" + name)) {
            if (in == null) {
                throw new IllegalStateException("this build lacks report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
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
