package com.expressrouteadvisor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The output formats of {@code evaluate --format} (CONTRACT §2). */
public enum OutputFormat {
    JSON, NDJSON, CSV, TABLE, HTML;

    public ResultWriter<?> open(OutputStream out) throws IOException {
        return open(out, Locale.ENGLISH);
    }

    /** A writer whose own words (the HTML report's headings) are in {@code language}, like the advice. */
    public ResultWriter<?> open(OutputStream out, Locale language) throws IOException {
        return switch (this) {
            case JSON -> new JsonArrayWriter(out);
            case NDJSON -> new NdjsonWriter(out);
            case CSV -> new CsvResultWriter(out);
            case TABLE -> new TableWriter(out, language);
            case HTML -> new HtmlReportWriter(out, HtmlReportWriter.TABLE_ROWS, language);
        };
    }

    /** The format a file name's extension says, or null. */
    public static OutputFormat ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (OutputFormat format : values()) {
            if (format != TABLE && lower.endsWith("." + format.name().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return lower.endsWith(".htm") ? HTML : lower.endsWith(".jsonl") ? NDJSON : null;
    }
}
