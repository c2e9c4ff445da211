package com.expressrouteadvisor.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@code .json} input: one profile object, or an array of them read element by element. A syntax error
 * ends the file (JSON cannot be resynchronised), and is itself reported as one unreadable record.
 */
final class JsonProfileReader implements ProfileReader {

    private final String source;
    private final JsonParser parser;
    private final ObjectMapper mapper;
    private final AtomicLong counter;
    private boolean array;
    private boolean started;
    private boolean finished;

    JsonProfileReader(String source, InputStream in, ObjectMapper mapper, AtomicLong counter) throws IOException {
        this.source = source;
        this.mapper = mapper;
        this.parser = mapper.getFactory().createParser(in);
        this.counter = counter;
    }

    @Override
    public InputRecord next() throws IOException {
        if (finished) {
            return null;
        }
        long line = parser.currentLocation().getLineNr();
        try {
            if (!started) {
                started = true;
                JsonToken first = parser.nextToken();
                if (first == null) {
                    finished = true;
                    return null;
                }
                if (first == JsonToken.START_ARRAY) {
                    array = true;
                } else {
                    finished = true;
                    line = parser.currentTokenLocation().getLineNr();
                    JsonNode node = mapper.readTree(parser);
                    return new InputRecord(source, line, counter.getAndIncrement(), new RecordContent.Tree(node));
                }
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                finished = true;
                return null;
            }
            line = parser.currentTokenLocation().getLineNr();
            JsonNode node = mapper.readTree(parser);
            return new InputRecord(source, line, counter.getAndIncrement(), new RecordContent.Tree(node));
        } catch (JsonProcessingException e) {
            finished = true;
            long at = e.getLocation() != null ? e.getLocation().getLineNr() : line;
            return new InputRecord(source, at, counter.getAndIncrement(), new RecordContent.Unreadable(
                    "malformed JSON (" + e.getOriginalMessage() + "); the rest of this input cannot be read"));
        }
    }

    boolean isArray() {
        return array;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
