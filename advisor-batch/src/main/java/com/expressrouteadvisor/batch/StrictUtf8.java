package com.expressrouteadvisor.batch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly: a byte that is not valid UTF-8 is an error at its position, never a silent
 * replacement character (which would change an id without anyone noticing). One per reader; not thread-safe.
 */
final class StrictUtf8 {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** Where the first invalid byte is: its offset in the decoded bytes and its value. */
    static final class InvalidUtf8Exception extends Exception {
        private final int offset;
        private final int value;

        InvalidUtf8Exception(int offset, int value) {
            super("byte 0x" + String.format("%02X", value) + " is not valid UTF-8", null, false, false);
            this.offset = offset;
            this.value = value;
        }

        int offset() {
            return offset;
        }

        int value() {
            return value;
        }
    }

    String decode(byte[] bytes, int offset, int length) throws InvalidUtf8Exception {
        boolean ascii = true;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length);
        decoder.reset();
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InvalidUtf8Exception(in.position() - offset, bytes[in.position()] & 0xFF);
        }
        return out.flip().toString();
    }

    String decode(byte[] bytes) throws InvalidUtf8Exception {
        return decode(bytes, 0, bytes.length);
    }

    /** The 1-based column (in characters) of a byte offset within one line of UTF-8. */
    static int column(byte[] bytes, int from, int offset) {
        int column = 1;
        for (int i = from; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }
}
