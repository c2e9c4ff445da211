package com.expressrouteadvisor.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/** An NDJSON ({@code .ndjson}, {@code .jsonl}, standard input) input: one profile per line; blank lines skip. */
final class NdjsonProfileReader implements ProfileReader {

    private final String source;
    private final BufferedReader reader;
    private final ObjectMapper mapper;
    private final AtomicLong counter;
    private long line;

    NdjsonProfileReader(String source, BufferedReader reader, ObjectMapper mapper, AtomicLong counter) {
        this.source = source;
        this.reader = reader;
        this.mapper = mapper;
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
        try {
            return new InputRecord(source, line, counter.getAndIncrement(), mapper.readTree(text), null);
        } catch (JsonProcessingException e) {
            return new InputRecord(source, line, counter.getAndIncrement(), null,
                    "malformed JSON: " + e.getOriginalMessage());
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
