package com.expressrouteadvisor.service;

import com.expressrouteadvisor.support.TestAdvisors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's own rules and reference data, and copies of the rules that a test may change. */
final class TestFolders {

    static final Path RULES = TestAdvisors.RULES;
    static final Path REFERENCE = TestAdvisors.REFERENCE;
    static final Path PORTFOLIO = Path.of("facts", "samples", "portfolio.json");
    static final Path ONE_CUSTOMER = Path.of("facts", "samples", "one-customer.json");

    private TestFolders() {
    }

    static Path copyOfRules(Path into) {
        return TestAdvisors.copy(RULES, into);
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
