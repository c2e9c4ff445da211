package com.expressrouteadvisor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Writes a report file under a temporary name and moves it into place only when it is complete. */
final class OutputFiles {

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    /** @param content what the file holds, for error messages ({@code the rule catalog}) */
    static void writeAtomically(Path file, String content, Body body) throws IOException {
        try (StagedFile staged = AtomicOutput.stage(file, content)) {
            try (OutputStream out = staged.stream()) {
                body.write(out);
            }
            staged.commit();
        }
    }
}
