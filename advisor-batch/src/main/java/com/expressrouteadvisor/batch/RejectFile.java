package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * The rejects file's content: one NDJSON line per rejected record, the id and reasons exactly as read (JSON
 * escaping carries any text, even a lone surrogate). Where the lines go, and when the file appears, is the
 * caller's choice. Rejects arrive from one thread, in input order.
 */
public final class RejectFile implements Consumer<Reject>, AutoCloseable {

    private final OutputStream out;
    private final ObjectWriter writer = Json.mapper().writerFor(Reject.class);
    private long count;

    public RejectFile(OutputStream out) {
        this.out = out;
    }

    /** Writes one line; a write error is thrown unchecked with its cause, and fails the run. */
    @Override
    public void accept(Reject reject) {
        try {
            out.write(writer.writeValueAsBytes(reject));
            out.write('\n');
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    public long count() {
        return count;
    }

    /** Flushes and closes the stream: a write error here fails the run like any other. */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
