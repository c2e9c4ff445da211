package com.expressrouteadvisor.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An NDJSON ({@code .ndjson}, {@code .jsonl}, standard input) input: one profile per line; blank lines skip.
 * Lines are handed on as text: the workers parse them.
 */
final class NdjsonProfileReader implements ProfileReader {

    private final String source;
    private final BufferedReader reader;
    private final AtomicLong counter;
    private long line;

    NdjsonProfileReader(String source, BufferedReader reader, AtomicLong counter) {
        this.source = source;
        this.reader = reader;
        this.counter = counter;
    }

    @Override
    public InputRecord next() throws IOException {
        String text;
        do {
            text = reader.readLine();
            line++;
            if (text == null) {
                return null;
            }
        } while (text.isBlank());
        return new InputRecord(source, line, counter.getAndIncrement(), new RecordContent.JsonText(text));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
