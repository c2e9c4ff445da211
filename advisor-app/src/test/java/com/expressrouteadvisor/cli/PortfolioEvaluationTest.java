package com.expressrouteadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioEvaluationTest {

    private static final Pattern COUNTS = Pattern.compile("(\\d+) read, (\\d+) evaluated, (\\d+) rejected");

    @TempDir
    Path folder;

    @Test
    void csvNdjsonAndJsonInputsGiveTheSameResultsOnAnyNumberOfThreads() throws IOException {
        Path ndjson = folder.resolve("portfolio.ndjson");
        Path csv = folder.resolve("portfolio.csv");
        Path json = folder.resolve("portfolio.json");
        assertThat(CommandLineRunner.run("generate", "--count", "1500", "--seed", "4", "--out", ndjson.toString())
                .exitCode()).isZero();
        assertThat(CommandLineRunner.run("generate", "--count", "1500", "--seed", "4", "--out", csv.toString())
                .exitCode()).isZero();
        Files.writeString(json, "[\n" + String.join(",\n", Files.readAllLines(ndjson)) + "\n]\n");

        CommandLineRunner fromNdjson = CommandLineRunner.run("evaluate", "--format", "ndjson", "--threads", "4", ndjson.toString());
        CommandLineRunner fromCsv = CommandLineRunner.run("evaluate", "--format", "ndjson", "--threads", "1", csv.toString());
        CommandLineRunner fromJson = CommandLineRunner.run("evaluate", "--format", "ndjson", "--threads", "3", json.toString());

        assertThat(fromNdjson.exitCode()).as(fromNdjson.err()).isZero();
        assertThat(fromNdjson.out().lines()).hasSize(1500);
        assertThat(fromCsv.out()).isEqualTo(fromNdjson.out());
        assertThat(fromJson.out()).isEqualTo(fromNdjson.out());
        assertThat(fromNdjson.err()).contains("1500 read, 1500 evaluated, 0 rejected");
    }

    @Test
    void rejectedRecordsAreCountedWrittenToTheRejectsFileAndExitFour() throws IOException {
        Path input = folder.resolve("mixed.ndjson");
        CommandLineRunner.run("generate", "--count", "2000", "--seed", "8", "--invalid", "5", "--out", input.toString());
        Files.writeString(input, "{\"id\": \"cut off\n", java.nio.file.StandardOpenOption.APPEND);
        Path out = folder.resolve("results.ndjson");

        CommandLineRunner run = CommandLineRunner.run("evaluate", "--out", out.toString(), input.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORDS_REJECTED);
        Matcher counts = COUNTS.matcher(run.err());
        assertThat(counts.find()).as(run.err()).isTrue();
        long read = Long.parseLong(counts.group(1));
        long evaluated = Long.parseLong(counts.group(2));
        long rejected = Long.parseLong(counts.group(3));
        assertThat(read).isEqualTo(2001).isEqualTo(evaluated + rejected);
        assertThat(rejected).isBetween(60L, 160L);
        List<String> rejects = Files.readAllLines(folder.resolve("rejects.ndjson"));
        assertThat(rejects).hasSize((int) rejected);
        assertThat(rejects.get(rejects.size() - 1)).contains("\"line\":2001", "malformed JSON");
        assertThat(Files.readAllLines(out)).hasSize((int) evaluated); // ndjson, from the extension: one result per line
    }

    @Test
    void anInterruptedRunNeverLeavesResultsOrRejectsUnderTheirFinalNames() throws IOException {
        Path input = folder.resolve("portfolio.ndjson");
        CommandLineRunner.run("generate", "--count", "3000", "--seed", "2", "--invalid", "5", "--out", input.toString());
        byte[] bytes = Files.readAllBytes(input);
        Path out = folder.resolve("results.json");
        Path previous = folder.resolve("previous.json");
        Files.writeString(previous, "[]\n");

        CommandLineRunner fresh = CommandLineRunner.run(failingAfter(bytes, bytes.length / 2), "evaluate", "--out", out.toString(), "-");
        CommandLineRunner overwrite = CommandLineRunner.run(failingAfter(bytes, bytes.length / 2), "evaluate", "--out", previous.toString(), "-");

        assertThat(fresh.exitCode()).isEqualTo(ExitCodes.INTERNAL_FAILURE);
        assertThat(fresh.err()).contains("disk went away");
        assertThat(out).doesNotExist();
        assertThat(overwrite.exitCode()).isEqualTo(ExitCodes.INTERNAL_FAILURE);
        assertThat(previous).hasContent("[]");
        assertThat(folder.resolve("rejects.ndjson")).doesNotExist();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void theOutFilesExtensionChoosesTheFormat() throws IOException {
        Path input = folder.resolve("portfolio.ndjson");
        CommandLineRunner.run("generate", "--count", "40", "--seed", "6", "--out", input.toString());
        Path report = folder.resolve("report.html");
        Path rows = folder.resolve("rows.csv");

        CommandLineRunner html = CommandLineRunner.run("evaluate", "--out", report.toString(), input.toString());
        CommandLineRunner csv = CommandLineRunner.run("evaluate", "--out", rows.toString(), input.toString());

        assertThat(html.exitCode()).as(html.err()).isZero();
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("<svg");
        assertThat(csv.exitCode()).isZero();
        assertThat(Files.readAllLines(rows)).hasSize(41).first().asString().startsWith("customerId,readiness,topModel");
        assertThat(html.err()).doesNotContain("\r"); // no progress bar when standard error is not a terminal
    }

    @Test
    void anUnknownFormatOrThreadCountIsAUsageError() {
        assertThat(CommandLineRunner.run("evaluate", "--format", "xml", "facts/samples/portfolio.json").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CommandLineRunner.run("evaluate", "--threads", "0", "facts/samples/portfolio.json").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CommandLineRunner.run("evaluate", "profiles.xlsx").err()).contains(".csv");
    }

    /** Standard input that breaks part-way, as a dropped connection or a failing disk does. */
    private static InputStream failingAfter(byte[] bytes, int limit) {
        return new ByteArrayInputStream(bytes, 0, bytes.length) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (pos >= limit) {
                    throw new java.io.UncheckedIOException(new IOException("disk went away"));
                }
                return super.read(b, off, Math.min(len, limit - pos));
            }
        };
    }
}
