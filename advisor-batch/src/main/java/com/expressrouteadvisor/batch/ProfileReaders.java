package com.expressrouteadvisor.batch;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opens an input by its name: {@code .json}, {@code .ndjson}/{@code .jsonl}, {@code .csv}, or {@code -} for
 * standard input (NDJSON). Record indexes run on across all inputs of one run, and the bytes read so far
 * are counted so that progress can be estimated.
 */
public final class ProfileReaders {

    /** The default bound on one record's size: far above any real profile (a few KB), far below the heap. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;

    private final AtomicLong counter = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    private final InputStream stdin;
    private final int maxRecordBytes;

    /**
     * @param maxRecordBytes the largest record (an NDJSON line, a CSV row, one profile of a {@code .json} input)
     *                       that is read; a larger one is skipped, without being held in memory, as a reject
     */
    public ProfileReaders(InputStream stdin, int maxRecordBytes) {
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("the record size limit must be at least 1 byte, got " + maxRecordBytes);
        }
        this.stdin = stdin;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Readers with the default record size limit; records are decoded as JSON by the workers, not here. */
    public ProfileReaders(ObjectMapper mapper, InputStream stdin) {
        this(stdin, DEFAULT_MAX_RECORD_BYTES);
    }

    /** Whether the input's name says a format this reader knows. */
    public static boolean isSupported(String input) {
        return format(input) != null;
    }

    public static String supportedFormats() {
        return ".json, .ndjson, .jsonl, .csv, or - for NDJSON on standard input";
    }

    public ProfileReader open(String input) throws IOException {
        String format = format(input);
        if (format == null) {
            throw new IllegalArgumentException("cannot tell the format of '" + input + "': use " + supportedFormats());
        }
        boolean standardInput = input.equals("-");
        InputStream in = new Counting(standardInput ? stdin : Files.newInputStream(Path.of(input)), bytesRead,
                !standardInput);
        return switch (format) {
            case "json" -> new JsonProfileReader(input, in, counter, maxRecordBytes);
            case "csv" -> new CsvProfileReader(input, in, counter, maxRecordBytes);
            default -> new NdjsonProfileReader(input, in, counter, maxRecordBytes);
        };
    }

    static String format(String input) {
        String name = input.toLowerCase(Locale.ROOT);
        if (name.equals("-") || name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return "ndjson";
        }
        if (name.endsWith(".csv")) {
            return "csv";
        }
        return name.endsWith(".json") ? "json" : null;
    }

    public long recordsRead() {
        return counter.get();
    }

    public long bytesRead() {
        return bytesRead.get();
    }

    /** The size of all inputs in bytes, or -1 when one is standard input. */
    public static long totalBytes(List<String> inputs) throws IOException {
        long total = 0;
        for (String input : inputs) {
            if (input.equals("-")) {
                return -1;
            }
            total += Files.size(Path.of(input));
        }
        return total;
    }

    /** Counts bytes as the reader pulls them, for the progress estimate. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;
        private final boolean closes;

        Counting(InputStream in, AtomicLong count, boolean closes) {
            super(in);
            this.count = count;
            this.closes = closes; // the process's standard input stays open for whoever runs us
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            if (closes) {
                super.close();
            }
        }
    }
}
