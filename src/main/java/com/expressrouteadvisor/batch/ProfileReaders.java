package com.expressrouteadvisor.batch;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opens an input by its name: {@code .json}, {@code .ndjson}/{@code .jsonl}, or {@code -} for standard
 * input (NDJSON). Record indexes run on across all inputs of one run.
 */
public final class ProfileReaders {

    private final ObjectMapper mapper;
    private final AtomicLong counter = new AtomicLong();
    private final InputStream stdin;

    public ProfileReaders(ObjectMapper mapper, InputStream stdin) {
        this.mapper = mapper;
        this.stdin = stdin;
    }

    /** Whether the input's name says a format this reader knows. */
    public static boolean isSupported(String input) {
        return format(input) != null;
    }

    public ProfileReader open(String input) throws IOException {
        String format = format(input);
        if (format == null) {
            throw new IllegalArgumentException("cannot tell the format of '" + input
                    + "': use .json, .ndjson, .jsonl, or - for NDJSON on standard input");
        }
        if (input.equals("-")) {
            return new NdjsonProfileReader(input, new BufferedReader(new InputStreamReader(stdin,
                    StandardCharsets.UTF_8)), mapper, counter);
        }
        Path path = Path.of(input);
        if (format.equals("json")) {
            return new JsonProfileReader(input, Files.newInputStream(path), mapper, counter);
        }
        return new NdjsonProfileReader(input, Files.newBufferedReader(path, StandardCharsets.UTF_8), mapper, counter);
    }

    private static String format(String input) {
        String name = input.toLowerCase(Locale.ROOT);
        if (name.equals("-") || name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return "ndjson";
        }
        return name.endsWith(".json") ? "json" : null;
    }

    public long recordsRead() {
        return counter.get();
    }
}
