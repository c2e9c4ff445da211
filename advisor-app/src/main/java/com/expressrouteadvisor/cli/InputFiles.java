package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.batch.ProfileReaders;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks an input before a run starts, so that a wrong name fails at once with what is wrong with it. */
final class InputFiles {

    private InputFiles() {
    }

    /** @throws UsageException when the input is missing, a folder, unreadable, or of a format not read */
    static void check(String input) {
        if (input.equals("-")) {
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            throw new UsageException(input + ": is a folder, not a file; name the files in it ("
                    + ProfileReaders.supportedFormats() + ")");
        }
        if (!ProfileReaders.isSupported(input)) {
            throw new UsageException("cannot tell the format of '" + input + "': use "
                    + ProfileReaders.supportedFormats());
        }
        if (!Files.exists(path)) {
            throw new UsageException(input + ": no such file");
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException(input + ": not a regular file");
        }
        if (!Files.isReadable(path)) {
            throw new UsageException(input + ": permission denied");
        }
    }
}
