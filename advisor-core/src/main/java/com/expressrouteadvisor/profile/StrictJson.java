package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the text of one record into a JSON tree, more strictly than a plain tree read: exactly one value
 * (nothing after it, so {@code {"id":"a"}{"id":"b"}} is never half read), no key twice in one object (a plain
 * read keeps the last silently), and nesting no deeper than a profile can be. Problems are worded for the
 * user, with the position inside the record.
 */
public final class StrictJson {

    /** Far deeper than any profile: a deeper record is an attack or an accident, and not worth a stack. */
    static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern CODE = Pattern.compile(" \\(code -?\\d+\\)");
    private static final Pattern INTERNALS = Pattern.compile(
            "\\s*\\(start marker at \\[Source.*|\\s*at \\[Source.*|, from `[^`]*`|\\s*\\(for [A-Za-z.]*\\)",
            Pattern.DOTALL);

    private StrictJson() {
    }

    /** A key that appears twice in one object; {@code path} is its dotted path in the record. */
    public static final class DuplicateKeyException extends Exception {
        private final String path;

        DuplicateKeyException(String path) {
            super(path, null, false, false);
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    public static JsonNode read(String text) throws MalformedJsonException, DuplicateKeyException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new MalformedJsonException("the record is empty", 1, 1);
            }
            JsonNode root = value(parser, first, "", 1);
            JsonLocation end = parser.currentLocation();
            JsonToken more;
            try {
                more = parser.nextToken();
            } catch (JsonProcessingException e) {
                more = JsonToken.NOT_AVAILABLE;
            }
            if (more != null) {
                JsonLocation at = more == JsonToken.NOT_AVAILABLE ? afterWhitespace(text, end)
                        : parser.currentTokenLocation();
                throw new MalformedJsonException("unexpected text after the end of the record's JSON value; "
                        + "a record is one JSON value", at.getLineNr(), at.getColumnNr());
            }
            return root;
        } catch (MalformedJsonException | DuplicateKeyException e) {
            throw e;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedJsonException(describe(e), at == null ? 1 : at.getLineNr(),
                    at == null ? 1 : at.getColumnNr());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail otherwise
        }
    }

    /** Where the next text after a location starts. */
    private static JsonLocation afterWhitespace(String text, JsonLocation from) {
        int offset = (int) from.getCharOffset();
        int line = from.getLineNr();
        int column = from.getColumnNr();
        while (offset >= 0 && offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
            if (text.charAt(offset) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            offset++;
        }
        return new JsonLocation(null, offset, line, column);
    }

    private static JsonNode value(JsonParser parser, JsonToken token, String path, int depth)
            throws IOException, DuplicateKeyException {
        switch (token) {
            case START_OBJECT -> {
                nest(parser, depth);
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String key = parser.currentName();
                    String keyPath = path.isEmpty() ? key : path + "." + key;
                    if (object.has(key)) {
                        throw new DuplicateKeyException(keyPath);
                    }
                    object.set(key, value(parser, parser.nextToken(), keyPath, depth + 1));
                }
                return object;
            }
            case START_ARRAY -> {
                nest(parser, depth);
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t, path + "[" + array.size() + "]", depth + 1));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private static void nest(JsonParser parser, int depth) throws MalformedJsonException {
        if (depth > MAX_DEPTH) {
            JsonLocation at = parser.currentTokenLocation();
            throw new MalformedJsonException("objects and lists are nested more than " + MAX_DEPTH + " levels deep",
                    at.getLineNr(), at.getColumnNr());
        }
    }

    /** The JSON library's message in the user's words: no character codes, sources or feature names. */
    static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            JsonToken open = e instanceof JsonEOFException eof ? eof.getTokenBeingDecoded() : null;
            if (open == JsonToken.VALUE_STRING || open == JsonToken.FIELD_NAME || original.contains("quote")) {
                return "the record ends inside a string (a closing '\"' is missing)";
            }
            boolean inArray = open == JsonToken.START_ARRAY || (e.getProcessor() instanceof JsonParser parser
                    && parser.getParsingContext() != null && parser.getParsingContext().inArray());
            return inArray ? "the record ends before a list is closed (a ']' is missing)"
                    : "the record ends before an object is closed (a '}' is missing)";
        }
        String message = original.isEmpty() ? "not JSON" : original;
        message = INTERNALS.matcher(CODE.matcher(message).replaceAll("")).replaceAll("");
        message = message.replace("(CTRL-CHAR)", "a control character").strip();
        return message.isEmpty() ? "not JSON"
                : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}
