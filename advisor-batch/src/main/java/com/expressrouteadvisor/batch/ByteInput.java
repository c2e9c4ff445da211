package com.expressrouteadvisor.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of one input, read through a fixed buffer so that memory stays bounded whatever a line's length:
 * a line longer than the record limit is skipped to its end, not held. A UTF-8 byte-order mark at the start is
 * skipped; UTF-16 and UTF-32 text is recognised so that it can be refused by name rather than misread.
 */
final class ByteInput {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean ended;
    private long lineNumber;
    private byte[] line = new byte[256];

    ByteInput(InputStream in) {
        this.in = in;
    }

    /**
     * Looks at the first bytes: skips a UTF-8 byte-order mark and says what other encoding the input is in, or
     * null for UTF-8 (the only one read).
     */
    String otherEncoding() throws IOException {
        while (limit - position < 4 && fillMore()) {
            // the first four bytes tell the encoding
        }
        int available = limit - position;
        int b0 = available > 0 ? buffer[position] & 0xFF : -1;
        int b1 = available > 1 ? buffer[position + 1] & 0xFF : -1;
        int b2 = available > 2 ? buffer[position + 2] & 0xFF : -1;
        int b3 = available > 3 ? buffer[position + 3] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            position += 3;
            return null;
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return "UTF-32 (big-endian) text, with a byte-order mark";
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return "UTF-32 (little-endian) text, with a byte-order mark";
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return "UTF-16 (big-endian) text, with a byte-order mark";
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return "UTF-16 (little-endian) text, with a byte-order mark";
        }
        for (int i = 0; i < available && i < 4; i++) {
            if (buffer[position + i] == 0) {
                return "UTF-16 or UTF-32 text (it has zero bytes where UTF-8 text has none)";
            }
        }
        return null;
    }

    /** The next byte, or -1 at the end. */
    int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    /** Whether bytes are left; refills the buffer when it has been taken. For scanning {@link #buffer} in place. */
    boolean hasBytes() throws IOException {
        return position < limit || fill();
    }

    /** The buffer, valid from {@link #position()} to {@link #limit()}; {@link #skip} takes what was scanned. */
    byte[] buffer() {
        return buffer;
    }

    int position() {
        return position;
    }

    int limit() {
        return limit;
    }

    void skip(int n) {
        position += n;
    }

    /** The next byte without taking it, or -1 at the end. */
    int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position] & 0xFF;
    }

    /**
     * The next line without its line break ({@code \n} or {@code \r\n}), or null at the end. Of a line longer than
     * {@code maxBytes} only the length and the number of quote characters are kept.
     */
    Line readLine(int maxBytes) throws IOException {
        if (position == limit && !fill()) {
            return null;
        }
        lineNumber++;
        long length = 0;
        int kept = 0;
        long quotes = 0;
        boolean broken = false;
        while (true) {
            if (position == limit && !fill()) {
                break;
            }
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n') {
                if (buffer[end] == '"') {
                    quotes++;
                }
                end++;
            }
            int n = end - start;
            length += n;
            if (length <= maxBytes) {
                if (kept + n > line.length) {
                    line = Arrays.copyOf(line, Math.max(kept + n, Math.min(line.length * 2, maxBytes)));
                }
                System.arraycopy(buffer, start, line, kept, n);
                kept += n;
            }
            position = end;
            if (end < limit) {
                position++; // the line break
                broken = true;
                break;
            }
        }
        if (length <= maxBytes && kept > 0 && line[kept - 1] == '\r') {
            kept--;
            length--;
        }
        boolean tooLong = length > maxBytes;
        return new Line(lineNumber, tooLong ? null : Arrays.copyOf(line, kept), length, quotes, broken);
    }

    /**
     * One line of the input.
     *
     * @param number  1-based line number
     * @param bytes   the line's bytes, or null when it was longer than the limit and skipped
     * @param length  its length in bytes
     * @param quotes  how many {@code "} it holds, for CSV rows that go on over line breaks
     * @param ended   whether a line break ended it (not the end of the input)
     */
    record Line(long number, byte[] bytes, long length, long quotes, boolean ended) {
        boolean tooLong() {
            return bytes == null;
        }

        boolean isBlank() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private boolean fill() throws IOException {
        position = 0;
        limit = 0;
        return fillMore();
    }

    /** Reads more bytes after those not yet taken; false at the end of the input. */
    private boolean fillMore() throws IOException {
        if (ended) {
            return false;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            ended = true;
            return false;
        }
        limit += n;
        return true;
    }
}
