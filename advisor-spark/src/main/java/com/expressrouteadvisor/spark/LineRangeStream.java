package com.expressrouteadvisor.spark;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a file that begin in {@code [start, end)}: the stream is positioned at the first of them by
 * the caller (see {@link PieceReading}) and ends after the line break that ends the last one, so that
 * consecutive ranges read every line exactly once. Counts the line breaks it passes on.
 */
final class LineRangeStream extends FilterInputStream {

    private final long end;
    private long position;
    private boolean finished;
    private long lineBreaks;

    LineRangeStream(InputStream in, long position, long end) {
        super(in);
        this.position = position;
        this.end = end;
        this.finished = position >= end;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (finished) {
            return -1;
        }
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            finished = true;
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (buffer[offset + i] == '\n') {
                lineBreaks++;
                // the next line begins at position + i + 1: past the range, it is the next piece's
                if (position + i + 1 >= end) {
                    n = i + 1;
                    finished = true;
                    break;
                }
            }
        }
        position += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new UnsupportedOperationException("a line range is read, not skipped");
    }

    long lineBreaks() {
        return lineBreaks;
    }
}
