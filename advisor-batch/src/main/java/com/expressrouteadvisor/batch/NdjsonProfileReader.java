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
final class NdjsonProfileReader extends ByteProfileReader {

    NdjsonProfileReader(String source, InputStream stream, AtomicLong counter, int maxRecordBytes) {
        super(source, stream, counter, maxRecordBytes);
    }

    @Override
    protected InputRecord readNext() throws IOException {
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
}
