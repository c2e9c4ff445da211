package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code --format html}: one self-contained page (no script, style or font from the network) in the language of
 * the advice: the portfolio summary with charts drawn as HTML and SVG text, then a table of customers. The page
 * is made of {@link ReportSection}s, each fed every result while the run streams and written at the end, when
 * the summary is known.
 */
final class HtmlReportWriter implements ResultWriter<Evaluation> {

    /** More rows than this make a page no browser scrolls comfortably; the CSV output has them all. */
    static final int TABLE_ROWS = 100_000;

    private final OutputStream out;
    private final ReportTexts texts;
    private final SummarySection summary;
    /** In page order. */
    private final List<ReportSection> sections;

    HtmlReportWriter(OutputStream out) throws IOException {
        this(out, TABLE_ROWS, Locale.ENGLISH);
    }

    HtmlReportWriter(OutputStream out, int tableRows) throws IOException {
        this(out, tableRows, Locale.ENGLISH);
    }

    HtmlReportWriter(OutputStream out, int tableRows, Locale language) throws IOException {
        this.out = out;
        this.texts = new ReportTexts(language);
        this.summary = new SummarySection();
        this.sections = List.of(summary, new PlanReportSection(), new CustomerTableSection(tableRows));
    }

    @Override
    public Evaluation encode(Evaluation evaluation) {
        return evaluation;
    }

    @Override
    public void write(Evaluation evaluation) throws IOException {
        for (ReportSection section : sections) {
            section.add(evaluation);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            page(html);
            html.flush();
        } finally {
            for (ReportSection section : sections) {
                section.close();
            }
            out.close();
        }
    }

    private void page(Writer w) throws IOException {
        String language = texts.language().getLanguage().isEmpty() ? "en" : texts.language().getLanguage();
        w.write("<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<title>" + texts.get("title") + "</title>\n<style>\n" + resource("report.css") + "</style>\n");
        w.write("</head>\n<body>\n<header><h1>" + texts.get("title") + "</h1>\n");
        w.write("<p class=\"meta\">" + texts.get("meta", texts.number(summary.summary().customers()),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(ZonedDateTime.now())) + "</p></header>\n<main>\n");
        for (ReportSection section : sections) {
            section.write(w, texts);
        }
        w.write("</main>\n<script>\n" + resource("report.js") + "</script>\n</body>\n</html>\n");
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
}
