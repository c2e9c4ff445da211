package com.expressrouteadvisor.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where a command's output goes: standard output, streamed as is, or a file that appears under its name
 * only when complete. The file is written under a hidden temporary name beside it and moved into place
 * atomically, so an interrupted or failed run never leaves a half file that looks whole; the temporary
 * file is removed on failure and, through a shutdown hook, on Ctrl-C.
 */
final class AtomicOutput {

    private static final int BUFFER = 1 << 16;

    interface Body<R> {
        /** Writes everything to the stream; closing it is the body's job. */
        R write(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    static <R> R write(Path file, OutputStream stdout, Body<R> body) throws IOException {
        if (file == null) {
            OutputStream unclosed = new FilterOutputStream(stdout) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    this.out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // never close the process's standard output
                }
            };
            return body.write(new BufferedOutputStream(unclosed, BUFFER));
        }
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile: its owner-only permissions would stay on the final file.
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                + "-" + System.nanoTime() + ".part");
        OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        temporary.toFile().deleteOnExit();
        try {
            R result = body.write(new BufferedOutputStream(stream, BUFFER));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
