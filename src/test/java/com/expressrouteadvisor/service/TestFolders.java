package com.expressrouteadvisor.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's own rules and reference data, and copies of the rules that a test may change. */
final class TestFolders {

    static final Path RULES = Path.of("rules");
    static final Path REFERENCE = Path.of("facts", "reference");
    static final Path PORTFOLIO = Path.of("facts", "samples", "portfolio.json");
    static final Path ONE_CUSTOMER = Path.of("facts", "samples", "one-customer.json");

    private TestFolders() {
    }

    static Path copyOfRules(Path into) {
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path source : files.toList()) {
                Path target = into.resolve(RULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
