package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A record's text is not one JSON value: a syntax error, an unclosed object, or more text after the value.
 * The message is for the user: what was found and where ({@code at column 12} on the record's first line,
 * else {@code at line 3 of the record, column 5}), without the JSON library's internals.
 */
public final class MalformedJsonException extends JsonProcessingException {

    private final int line;
    private final int column;

    MalformedJsonException(String reason, int line, int column) {
        super(reason + " " + position(line, column));
        this.line = line;
        this.column = column;
    }

    /** 1-based line within the record's text. */
    public int line() {
        return line;
    }

    /** 1-based column (in characters) within that line. */
    public int column() {
        return column;
    }

    static String position(int line, int column) {
        if (line <= 1) {
            return "(at column " + column + ")";
        }
        return "(at line " + line + " of the record, column " + column + ")";
    }
}
