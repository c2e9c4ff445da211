package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.report.Json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The rejects file: one NDJSON line per rejected record. Like the results, it is written under a temporary
 * name and appears under its own name only when the run completes ({@link #complete()}); a clean run
 * leaves no empty file behind. Rejects arrive from one thread, in input order.
 */
public final class RejectFile implements Consumer<Reject>, AutoCloseable {

    private final Path path;
    private Path temporary;
    private BufferedWriter writer;
    private long count;

    public RejectFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    @Override
    public void accept(Reject reject) {
        try {
            if (writer == null) {
                Files.createDirectories(path.getParent());
                temporary = path.resolveSibling("." + path.getFileName() + "." + ProcessHandle.current().pid()
                        + "-" + System.nanoTime() + ".part");
                temporary.toFile().deleteOnExit();
                writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
            writer.write(Json.mapper().writeValueAsString(reject));
            writer.newLine();
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file " + path + ": " + e.getMessage(), e);
        }
    }

    /** The run finished: move the rejects, if any, into place. */
    public void complete() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        }
    }

    public Path path() {
        return path;
    }

    public long count() {
        return count;
    }

    /** Without {@link #complete()} (the run failed), the partial file is removed. */
    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
        if (temporary != null) {
            Files.deleteIfExists(temporary);
        }
    }
}
