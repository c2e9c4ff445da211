package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.profile.MalformedJsonException;
import com.expressrouteadvisor.profile.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A record as the reader found it. Readers only split the input; turning the text into JSON happens in
 * {@link #decode}, on the worker thread that evaluates the record, so parsing runs on every core.
 */
public sealed interface RecordContent {

    /** The record as a JSON tree, ready for the profile parser. */
    JsonNode decode(ObjectMapper mapper) throws UnreadableRecordException;

    /** One profile's JSON text: a line of NDJSON, or one value of a {@code .json} input. */
    record JsonText(String text) implements RecordContent {
        @Override
        public JsonNode decode(ObjectMapper mapper) throws UnreadableRecordException {
            try {
                return StrictJson.read(text);
            } catch (MalformedJsonException e) {
                throw new UnreadableRecordException("malformed JSON: " + e.getMessage());
            } catch (StrictJson.DuplicateKeyException e) {
                throw new UnreadableRecordException("malformed JSON: the key '" + e.path()
                        + "' is given twice in the same object");
            }
        }
    }

    /** One CSV row, read against its file's header. */
    record CsvRow(ProfileColumns columns, String[] cells) implements RecordContent {
        @Override
        public JsonNode decode(ObjectMapper mapper) throws UnreadableRecordException {
            return columns.toJson(cells, mapper);
        }
    }

    /** Something that could not be read at all; the reason becomes the reject's. */
    record Unreadable(String reason) implements RecordContent {
        @Override
        public JsonNode decode(ObjectMapper mapper) throws UnreadableRecordException {
            throw new UnreadableRecordException(reason);
        }
    }

    /** Why a record could not be read as JSON; becomes a reject, never stops the run. */
    final class UnreadableRecordException extends Exception {
        public UnreadableRecordException(String message) {
            super(message, null, false, false);
        }
    }
}
