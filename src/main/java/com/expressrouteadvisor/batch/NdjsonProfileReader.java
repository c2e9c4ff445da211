package com.expressrouteadvisor.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An NDJSON ({@code .ndjson}, {@code .jsonl}, standard input) input: one profile per line; blank lines skip.
 * Lines are handed on as text: the workers parse them. A line over the record limit is skipped to its end
 * without being held, and a line that is not valid UTF-8 is a reject naming the position; both leave the rest
 * of the input to go on.
 */
final class NdjsonProfileReader implements ProfileReader {

    private final String source;
    private final InputStream stream;
    private final ByteInput in;
    private final StrictUtf8 utf8 = new StrictUtf8();
    private final AtomicLong counter;
    private final int maxRecordBytes;
    private boolean started;
    private boolean finished;

    NdjsonProfileReader(String source, InputStream stream, AtomicLong counter, int maxRecordBytes) {
        this.source = source;
        this.stream = stream;
        this.in = new ByteInput(stream);
        this.counter = counter;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public InputRecord next() throws IOException {
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
        ByteInput.Line line;
        do {
            line = in.readLine(maxRecordBytes);
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        if (line.tooLong()) {
            return record(line.number(), RecordProblems.tooLarge(line.length(), maxRecordBytes));
        }
        try {
            return record(line.number(), new RecordContent.JsonText(utf8.decode(line.bytes())));
        } catch (StrictUtf8.InvalidUtf8Exception e) {
            return record(line.number(), RecordProblems.invalidUtf8(e, "column "
                    + StrictUtf8.column(line.bytes(), 0, e.offset())));
        }
    }

    private InputRecord record(long line, RecordContent content) {
        return new InputRecord(source, line, counter.getAndIncrement(), content);
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
