package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.OutputStream;

/** {@code --format ndjson}: one compact JSON result per line, ready for {@code jq} or a log pipeline. */
final class NdjsonWriter extends LineWriter {

    private final ObjectWriter writer = Json.bulkWriter(Evaluation.class);

    NdjsonWriter(OutputStream out) {
        super(out);
    }

    @Override
    public byte[] encode(Evaluation evaluation) throws IOException {
        return writer.writeValueAsBytes(evaluation);
    }
}
