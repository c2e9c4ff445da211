package com.expressrouteadvisor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code evaluate --format} (CONTRACT §2). */
public enum OutputFormat {
    JSON, NDJSON, CSV, TABLE, HTML;

    public ResultWriter<?> open(OutputStream out) throws IOException {
        return switch (this) {
            case JSON -> new JsonArrayWriter(out);
            case NDJSON -> new NdjsonWriter(out);
            case CSV -> new CsvResultWriter(out);
            case TABLE -> new TableWriter(out);
            case HTML -> new HtmlReportWriter(out);
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

    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
