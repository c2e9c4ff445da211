package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One record as read from an input, before it is parsed into a profile.
 *
 * @param source  the input as the user named it ({@code -} for standard input)
 * @param line    1-based line where the record starts
 * @param index   0-based position of the record in the whole run, which fixes the output order
 * @param content the record's text or tree, decoded by the worker that evaluates it
 */
public record InputRecord(String source, long line, long index, RecordContent content) {

    /** The record as JSON, or null when it cannot be read (see {@link #readError}). */
    public JsonNode node(ObjectMapper mapper) {
        try {
            return content.decode(mapper);
        } catch (RecordContent.UnreadableRecordException e) {
            return null;
        }
    }

    /** The record as JSON, or null when it cannot be read (see {@link #readError}). */
    public JsonNode node() {
        return node(Json.mapper());
    }

    /** Why the record cannot be read as JSON (malformed JSON, a ragged CSV row), or null. */
    public String readError() {
        try {
            content.decode(Json.mapper());
            return null;
        } catch (RecordContent.UnreadableRecordException e) {
            return e.getMessage();
        }
    }
}
