package com.expressrouteadvisor.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where a command's output goes: standard output, streamed as is, or a file that appears under its name
 * only when complete ({@link StagedFile}). Either way a write error fails the command with a message that
 * says what could not be written where.
 */
final class AtomicOutput {

    private static final int BUFFER = 1 << 16;

    interface Body<R> {
        /** Writes everything to the stream; closing it is the body's job. */
        R write(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    /** @param content what is written, for error messages ({@code profiles}) */
    static <R> R write(Path file, OutputStream stdout, String content, Body<R> body) throws IOException {
        if (file == null) {
            return body.write(standardOutput(stdout, content));
        }
        try (StagedFile staged = stage(file, content)) {
            R result = body.write(staged.stream());
            staged.commit();
            return result;
        }
    }

    /** The file's staging file, checked before anything is written: a folder or no write access is a usage error. */
    static StagedFile stage(Path file, String content) {
        try {
            return StagedFile.create(file, content, StagedFile.WhenEmpty.KEEP_EMPTY_FILE);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot write there: " + StagedFile.reason(e));
        }
    }

    /** Standard output, buffered; closing it flushes but never closes the process's standard output. */
    static OutputStream standardOutput(OutputStream stdout, String content) {
        return new BufferedOutputStream(new NamedOutputStream(stdout, content + " to standard output", false), BUFFER);
    }
}
