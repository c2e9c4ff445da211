package com.expressrouteadvisor.batch;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

    private static final int BUFFER = 1 << 16;

    private final ObjectMapper mapper;
    private final AtomicLong counter = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    private final InputStream stdin;

    public ProfileReaders(ObjectMapper mapper, InputStream stdin) {
        this.mapper = mapper;
        this.stdin = stdin;
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
            case "json" -> new JsonProfileReader(input, in, mapper, counter);
            case "csv" -> new CsvProfileReader(input, reader(in), counter);
            default -> new NdjsonProfileReader(input, reader(in), counter);
        };
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
    }

    private static String format(String input) {
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
