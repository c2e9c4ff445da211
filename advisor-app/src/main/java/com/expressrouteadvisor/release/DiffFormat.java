package com.expressrouteadvisor.release;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code advisor rules diff}; the same names and file extensions as {@code evaluate}. */
public enum DiffFormat {
    TABLE, JSON, NDJSON, CSV, HTML;

    public DiffWriter<?> open(OutputStream out) throws IOException {
        return switch (this) {
            case TABLE -> new DiffTableWriter(out);
            case JSON -> DiffJsonWriter.document(out);
            case NDJSON -> DiffJsonWriter.lines(out);
            case CSV -> new DiffCsvWriter(out);
            case HTML -> new DiffHtmlWriter(out);
        };
    }

    /** The format a file name's extension says, or null. */
    public static DiffFormat ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return NDJSON;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return HTML;
        }
        return lower.endsWith(".json") ? JSON : lower.endsWith(".csv") ? CSV : null;
    }

    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
