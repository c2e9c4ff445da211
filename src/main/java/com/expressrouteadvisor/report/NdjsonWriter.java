package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.OutputStream;

/** {@code --format ndjson}: one compact JSON result per line, ready for {@code jq} or a log pipeline. */
final class NdjsonWriter implements ResultWriter {

    private final OutputStream out;
    private final ObjectWriter writer = Json.mapper().writerFor(Evaluation.class);

    NdjsonWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(Evaluation evaluation) throws IOException {
        out.write(writer.writeValueAsBytes(evaluation));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.flush();
        out.close();
    }
}
