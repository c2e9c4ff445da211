package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code --format json}: one JSON array of results, streamed, one compact result per line: valid JSON for
 * any parser, greppable line by line, and as cheap to write as NDJSON ({@code jq .} pretty-prints it).
 */
final class JsonArrayWriter implements ResultWriter<byte[]> {

    private static final byte[] OPEN = "[\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BETWEEN = ",\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "\n]\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY = "[]\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final ObjectWriter writer = Json.bulkWriter(Evaluation.class);
    private boolean first = true;

    JsonArrayWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public byte[] encode(Evaluation evaluation) throws IOException {
        return writer.writeValueAsBytes(evaluation);
    }

    @Override
    public void write(byte[] encoded) throws IOException {
        out.write(first ? OPEN : BETWEEN);
        first = false;
        out.write(encoded);
    }

    @Override
    public void close() throws IOException {
        try (out) {
            out.write(first ? EMPTY : CLOSE);
        }
    }
}
