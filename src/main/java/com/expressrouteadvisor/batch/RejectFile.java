package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.report.Json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The rejects file: one NDJSON line per rejected record. It is created on the first reject only, so a clean
 * run leaves no empty file behind.
 */
public final class RejectFile implements Consumer<Reject>, AutoCloseable {

    private final Path path;
    private BufferedWriter writer;
    private long count;

    public RejectFile(Path path) {
        this.path = path;
    }

    @Override
    public void accept(Reject reject) {
        try {
            if (writer == null) {
                Path parent = path.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            }
            writer.write(Json.mapper().writeValueAsString(reject));
            writer.newLine();
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file " + path + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    public long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
