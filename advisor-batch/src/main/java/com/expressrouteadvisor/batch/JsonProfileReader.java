package com.expressrouteadvisor.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@code .json} input: one profile object, an array of them, or several of these one after another
 * (concatenated JSON). Each profile is split out here by its brackets, without parsing, and handed on as text:
 * the workers parse it, so a syntax error in one profile rejects that profile only and the next one is read.
 * A profile over the record limit is skipped to its closing bracket without being held; one that is not valid
 * UTF-8 is a reject naming the position.
 */
final class JsonProfileReader extends ByteProfileReader {

    private byte[] value = new byte[256];
    private int kept;
    private long line = 1;
    private long column = 1;
    /** Inside a top-level array: where it opened, and what came last (its start, a profile or a comma). */
    private long arrayLine = -1;
    private char last;

    JsonProfileReader(String source, InputStream stream, AtomicLong counter, int maxRecordBytes) {
        super(source, stream, counter, maxRecordBytes);
    }

    @Override
    protected InputRecord readNext() throws IOException {
        while (true) {
            skipWhitespace();
            int b = in.peek();
            boolean inArray = arrayLine > 0;
            if (b < 0) {
                finished = true;
                return inArray ? record(line, unreadable("the input ends before the list opened at line " + arrayLine
                        + " is closed (a ']' is missing)")) : null;
            }
            if (!inArray && b == '[') {
                take();
                arrayLine = line;
                last = '[';
                continue;
            }
            if (inArray && (b == ']' || b == ',')) {
                long at = line;
                long col = column;
                take();
                char previous = last;
                last = (char) b;
                if (b == ']') {
                    arrayLine = -1;
                }
                if (previous != 'p' && !(b == ']' && previous == '[')) {
                    return record(at, unreadable(b == ']'
                            ? "a ',' with no profile after it before the list's ']' (at column " + col + ")"
                            : "a ',' where a profile is expected (at column " + col + "): an empty place in the list"));
                }
                continue;
            }
            long startLine = line;
            long startColumn = column;
            boolean commaMissing = inArray && last == 'p';
            last = 'p';
            return readValue(startLine, startColumn, commaMissing);
        }
    }

    /** One JSON value, found by its brackets and quotes; everything else is the parser's to judge. */
    private InputRecord readValue(long startLine, long startColumn, boolean commaMissing) throws IOException {
        int first = in.peek();
        long length = first == '{' || first == '[' || first == '"' ? bracketed() : scalar();
        if (length > maxRecordBytes) {
            return record(startLine, RecordProblems.tooLarge(length, maxRecordBytes));
        }
        String text;
        try {
            text = utf8.decode(value, 0, kept);
        } catch (StrictUtf8.InvalidUtf8Exception e) {
            return record(startLine, RecordProblems.invalidUtf8(e, position(startLine, startColumn, e.offset())));
        }
        if (commaMissing) {
            return record(startLine, unreadable("a ',' is missing before this profile (at line " + startLine
                    + ", column " + startColumn + ")"));
        }
        return record(startLine, new RecordContent.JsonText(text));
    }

    /**
     * Takes an object, list or string up to its closing bracket or quote, scanning the buffer in place; keeps its
     * bytes in {@link #value} while they are within the limit. Returns its length in bytes.
     */
    private long bracketed() throws IOException {
        long length = 0;
        kept = 0;
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean done = false;
        while (!done && in.hasBytes()) {
            byte[] buffer = in.buffer();
            int from = in.position();
            int to = in.limit();
            int i = from;
            for (; i < to && !done; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    line++;
                    column = 1;
                } else if ((b & 0xC0) != 0x80) {
                    column++;
                }
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (b == '\\') {
                        escaped = true;
                    } else if (b == '"') {
                        inString = false;
                        done = depth == 0;
                    }
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    depth++;
                } else if (b == '}' || b == ']') {
                    done = --depth <= 0;
                }
            }
            keep(buffer, from, i - from, length);
            length += i - from;
            in.skip(i - from);
        }
        return length;
    }

    /** Takes a value that is not an object, list or string (a number, a word, a stray bracket) to its end. */
    private long scalar() throws IOException {
        long length = 0;
        kept = 0;
        for (int b = in.peek(); b >= 0; b = in.peek()) {
            if (length > 0 && (isWhitespace(b) || b == ',' || b == '[' || b == ']' || b == '{' || b == '}'
                    || b == '"')) {
                break;
            }
            take();
            keep(new byte[]{(byte) b}, 0, 1, length);
            length++;
            if (length == 1 && (b == '}' || b == ']')) {
                break; // a stray closing bracket is a value of its own
            }
        }
        return length;
    }

    /** Appends scanned bytes to the value while it is within the limit; beyond it they are only counted. */
    private void keep(byte[] bytes, int from, int n, long lengthBefore) {
        if (lengthBefore + n > maxRecordBytes) {
            return;
        }
        if (kept + n > value.length) {
            value = Arrays.copyOf(value, (int) Math.min(Math.max((long) kept + n, value.length * 2L), maxRecordBytes));
        }
        System.arraycopy(bytes, from, value, kept, n);
        kept += n;
    }

    /** The line and column in the file of a byte of the value being read. */
    private String position(long startLine, long startColumn, int offset) {
        long at = startLine;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (value[i] == '\n') {
                at++;
                lineStart = i + 1;
            }
        }
        long col = StrictUtf8.column(value, lineStart, offset) + (lineStart == 0 ? startColumn - 1 : 0);
        return "line " + at + ", column " + col;
    }

    private void skipWhitespace() throws IOException {
        for (int b = in.peek(); isWhitespace(b); b = in.peek()) {
            take();
        }
    }

    private static boolean isWhitespace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** Takes the next byte, keeping the line and column (in characters) of the next one. */
    private void take() throws IOException {
        int b = in.read();
        if (b == '\n') {
            line++;
            column = 1;
        } else if ((b & 0xC0) != 0x80) {
            column++;
        }
    }

    private static RecordContent.Unreadable unreadable(String reason) {
        return new RecordContent.Unreadable("malformed JSON: " + reason);
    }
}
