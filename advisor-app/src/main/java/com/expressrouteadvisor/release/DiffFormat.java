package com.expressrouteadvisor.release;

import com.expressrouteadvisor.report.OutputFormat;

import java.io.IOException;
import java.io.OutputStream;

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

    /** The format a file name's extension says, or null: the same extensions as {@code evaluate --out}. */
    public static DiffFormat ofFileName(String name) {
        OutputFormat format = OutputFormat.ofFileName(name);
        return format == null ? null : valueOf(format.name());
    }
}
