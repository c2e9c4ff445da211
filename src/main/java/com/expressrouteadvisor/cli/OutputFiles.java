package com.expressrouteadvisor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report file under a temporary name and moves it into place only when it is complete. */
final class OutputFiles {

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    static void writeAtomically(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                body.write(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
