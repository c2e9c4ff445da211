package com.expressrouteadvisor.release;

import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON: {@code {"changes":[…],"totals":{…}}}, streamed. NDJSON: one change per line, and last a line
 * {@code {"totals":{…}}}.
 */
final class DiffJsonWriter implements DiffWriter<byte[]> {

    private static final ObjectWriter CHANGE = Json.mapper().writerFor(CustomerChange.class);

    private final OutputStream out;
    private final boolean lines;
    private boolean first = true;

    private DiffJsonWriter(OutputStream out, boolean lines) throws IOException {
        this.out = out;
        this.lines = lines;
        if (!lines) {
            out.write("{\"changes\":[".getBytes(StandardCharsets.UTF_8));
        }
    }

    static DiffJsonWriter document(OutputStream out) throws IOException {
        return new DiffJsonWriter(out, false);
    }

    static DiffJsonWriter lines(OutputStream out) throws IOException {
        return new DiffJsonWriter(out, true);
    }

    @Override
    public byte[] encode(CustomerChange change) throws IOException {
        return CHANGE.writeValueAsBytes(change);
    }

    @Override
    public void write(byte[] encoded) throws IOException {
        if (lines) {
            out.write(encoded);
            out.write('\n');
            return;
        }
        out.write(first ? '\n' : ',');
        if (!first) {
            out.write('\n');
        }
        first = false;
        out.write(encoded);
    }

    @Override
    public void finish(ImpactTotals totals) throws IOException {
        byte[] encoded = Json.mapper().writeValueAsBytes(totals);
        if (lines) {
            out.write("{\"totals\":".getBytes(StandardCharsets.UTF_8));
            out.write(encoded);
            out.write("}\n".getBytes(StandardCharsets.UTF_8));
        } else {
            out.write((first ? "],\n" : "\n],\n").getBytes(StandardCharsets.UTF_8));
            out.write("\"totals\":".getBytes(StandardCharsets.UTF_8));
            out.write(encoded);
            out.write("}\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
