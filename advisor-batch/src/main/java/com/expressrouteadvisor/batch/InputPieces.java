package com.expressrouteadvisor.batch;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Readers of one piece of an input, for engines that split inputs themselves (the Spark job): the same
 * record splitting, reasons and numbering as {@link ProfileReaders}, with record indexes starting where the
 * pieces before this one ended. Only NDJSON can be cut, at line starts; JSON and CSV inputs are read whole.
 */
public final class InputPieces {

    private InputPieces() {
    }

    /** Whether the input can be read in pieces that start at any line. */
    public static boolean splittable(String input) {
        return "ndjson".equals(ProfileReaders.format(input));
    }

    /**
     * Reads {@code in}, a whole input or (when {@link #splittable}) a run of its lines; line numbers count from
     * the stream's first line, record indexes from {@code firstIndex}.
     */
    public static ProfileReader open(String source, InputStream in, long firstIndex, int maxRecordBytes) {
        String format = ProfileReaders.format(source);
        if (format == null) {
            throw new IllegalArgumentException("cannot tell the format of '" + source + "': use "
                    + ProfileReaders.supportedFormats());
        }
        AtomicLong counter = new AtomicLong(firstIndex);
        return switch (format) {
            case "json" -> new JsonProfileReader(source, in, counter, maxRecordBytes);
            case "csv" -> new CsvProfileReader(source, in, counter, maxRecordBytes);
            default -> new NdjsonProfileReader(source, in, counter, maxRecordBytes);
        };
    }
}
