package com.expressrouteadvisor.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the byte-level readers of one input share: the bounded byte input, strict UTF-8, the numbering of
 * records across inputs, and one reject for an input in another encoding (UTF-16 or UTF-32), which is then
 * read no further. Subclasses split the records of their format in {@link #readNext()}.
 */
abstract class ByteProfileReader implements ProfileReader {

    private final String source;
    private final InputStream stream;
    private final AtomicLong counter;
    protected final ByteInput in;
    protected final StrictUtf8 utf8 = new StrictUtf8();
    protected final int maxRecordBytes;
    /** Set when nothing more is to be read from this input. */
    protected boolean finished;
    private boolean started;

    ByteProfileReader(String source, InputStream stream, AtomicLong counter, int maxRecordBytes) {
        this.source = source;
        this.stream = stream;
        this.in = new ByteInput(stream);
        this.counter = counter;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public final InputRecord next() throws IOException {
        if (finished) {
            return null;
        }
        if (!started) {
            started = true;
            String encoding = in.otherEncoding();
            if (encoding != null) {
                finished = true;
                return record(1, RecordProblems.otherEncoding(encoding));
            }
        }
        return readNext();
    }

    /** The next record of the format, or null at the end of the input. */
    protected abstract InputRecord readNext() throws IOException;

    protected final InputRecord record(long line, RecordContent content) {
        return new InputRecord(source, line, counter.getAndIncrement(), content);
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
