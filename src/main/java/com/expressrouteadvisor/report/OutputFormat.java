package com.expressrouteadvisor.report;

import java.io.IOException;
import java.io.OutputStream;

/** The output formats of {@code evaluate --format} (CONTRACT §2). */
public enum OutputFormat {
    JSON, NDJSON, TABLE;

    public ResultWriter open(OutputStream out) throws IOException {
        return switch (this) {
            case JSON -> new JsonArrayWriter(out);
            case NDJSON -> new NdjsonWriter(out);
            case TABLE -> new TableWriter(out);
        };
    }
}
