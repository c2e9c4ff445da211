package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.support.AdvisorProcess;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code evaluate --out/--rejects}: both files are checked before the run and replaced together after it. */
class ResultsAndRejectsFilesTest {

    private static final String VALID = "{\"id\":\"fresh-1\"}\n{\"id\":\"fresh-2\"}\n";
    private static final String ONE_BAD = "{\"id\":\"fresh-1\"}\n{\"id\":\"fresh-2\",\"routing\":{\"asn\":\"AS1\"}}\n";

    @TempDir
    Path folder;

    @Test
    void aRunWithoutRejectsRemovesTheRejectsFileAnEarlierRunLeft() throws IOException {
        Path input = write("p.ndjson", VALID);
        Path out = folder.resolve("results.ndjson");
        Path stale = write("rejects.ndjson", "{\"id\":\"from an earlier run\"}\n");

        CommandLineRunner run = CommandLineRunner.run("evaluate", "--out", out.toString(), input.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2);
        assertThat(stale).doesNotExist();
        assertThat(hiddenFiles()).isEmpty();
    }

    @Test
    void aFailedRunLeavesTheEarlierResultsAndRejectsAsTheyWere() throws IOException {
        Path out = write("results.ndjson", "earlier results\n");
        Path rejects = write("rejects.ndjson", "earlier rejects\n");

        CommandLineRunner run = CommandLineRunner.run(failingAtTheEnd(ONE_BAD), "evaluate", "--out", out.toString(),
                "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL_FAILURE);
        assertThat(out).hasContent("earlier results");
        assertThat(rejects).hasContent("earlier rejects");
        assertThat(hiddenFiles()).isEmpty();
    }

    @Test
    void aRejectsPathThatIsAFolderStopsTheRunBeforeAnyFileIsReplaced() throws IOException {
        Path input = write("p.ndjson", ONE_BAD);
        Path out = write("results.ndjson", "earlier results\n");
        Path rejects = Files.createDirectory(folder.resolve("rejects.ndjson"));

        CommandLineRunner run = CommandLineRunner.run("evaluate", "--out", out.toString(), input.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--rejects " + rejects + ": cannot write there: is a folder")
                .doesNotContain("evaluated");
        assertThat(out).hasContent("earlier results");
        assertThat(rejects).isEmptyDirectory();
        assertThat(hiddenFiles()).isEmpty();
    }

    @Test
    void anOutPathThatIsAFolderIsAUsageErrorBeforeTheRun() throws IOException {
        Path input = write("p.ndjson", VALID);
        Path out = Files.createDirectory(folder.resolve("results.json"));

        CommandLineRunner run = CommandLineRunner.run("evaluate", "--out", out.toString(), input.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--out " + out + ": cannot write there: is a folder")
                .doesNotContain("evaluated");
        assertThat(hiddenFiles()).isEmpty();
    }

    @Test
    void whenTheResultsCannotBePutInPlaceTheEarlierRejectsAreRestored() throws IOException {
        Path out = write("results.ndjson", "earlier results\n");
        Path rejects = write("rejects.ndjson", "earlier rejects\n");
        // Standard input that, as the run reaches its end, puts a folder where the results go.
        InputStream sabotaged = endingWith(ONE_BAD, () -> {
            Files.delete(out);
            Files.createDirectory(out);
        });

        CommandLineRunner run = CommandLineRunner.run(sabotaged, "evaluate", "--out", out.toString(), "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL_FAILURE);
        assertThat(run.err()).contains("advisor: cannot write " + out.toAbsolutePath() + ": is a folder")
                .doesNotContain("internal failure").doesNotContain("evaluated");
        assertThat(rejects).hasContent("earlier rejects");
        assertThat(hiddenFiles()).isEmpty();
    }

    @Test
    void partFilesOfDeadRunsAreRemovedAndThoseOfLiveRunsKept() throws Exception {
        Path input = write("p.ndjson", VALID);
        Path out = folder.resolve("results.ndjson");
        long dead = deadPid();
        Process live = new ProcessBuilder("sleep", "600").start();
        try {
            Path deadResults = write(".results.ndjson." + dead + "-123.part", "half a run");
            Path deadRejects = write(".rejects.ndjson." + dead + "-456.part", "half a run");
            Path liveResults = write(".results.ndjson." + live.pid() + "-789.part", "a run in progress");
            Path otherDestination = write(".other.ndjson." + dead + "-123.part", "not this run's business");

            CommandLineRunner run = CommandLineRunner.run("evaluate", "--out", out.toString(), input.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(deadResults).doesNotExist();
            assertThat(deadRejects).doesNotExist();
            assertThat(liveResults).hasContent("a run in progress");
            assertThat(otherDestination).exists();
        } finally {
            live.destroyForcibly();
        }
    }

    @Test
    void outOfRangeNumbersAreUsageErrorsAndNothingIsWritten() {
        for (List<String> options : List.of(List.of("--threads", "1000000000"), List.of("--threads", "0"),
                List.of("--max-firings", "0"), List.of("--max-firings", "2000000000"))) {
            Path out = folder.resolve("results.json");
            List<String> args = new ArrayList<>(List.of("evaluate", "--format", "json"));
            args.addAll(options);
            args.add("facts/samples/one-customer.json");

            CommandLineRunner run = CommandLineRunner.run(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(String.join(" ", options)).isEqualTo(ExitCodes.USAGE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("advisor: " + options.get(0) + " " + options.get(1) + ": use 1 to ");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void theResultsMayNotReplaceAnInputNorBeTheRejectsFile() throws IOException {
        Path input = write("p.ndjson", VALID);

        CommandLineRunner overInput = CommandLineRunner.run("evaluate", "--out", input.toString(), input.toString());
        CommandLineRunner sameFile = CommandLineRunner.run("evaluate", "--out", folder.resolve("x.ndjson").toString(),
                "--rejects", folder.resolve("x.ndjson").toString(), input.toString());

        assertThat(overInput.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(overInput.err()).contains("is also an input");
        assertThat(input).hasContent(VALID.strip());
        assertThat(sameFile.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(sameFile.err()).contains("give them different files");
    }

    @Test
    void anOutPathThatIsASymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path input = write("p.ndjson", VALID);
        Path results = Files.createDirectory(folder.resolve("results"));
        Path earlier = Files.writeString(results.resolve("2026-11.ndjson"), "earlier results\n");
        Path latest = Files.createSymbolicLink(folder.resolve("latest.ndjson"), Path.of("results", "2026-11.ndjson"));
        Path dangling = Files.createSymbolicLink(folder.resolve("next.ndjson"), Path.of("results", "2026-12.ndjson"));

        CommandLineRunner overExisting = CommandLineRunner.run("evaluate", "--format", "ndjson", "--out",
                latest.toString(), input.toString());
        CommandLineRunner toNewFile = CommandLineRunner.run("evaluate", "--format", "ndjson", "--out",
                dangling.toString(), input.toString());

        assertThat(overExisting.exitCode()).as(overExisting.err()).isZero();
        assertThat(toNewFile.exitCode()).as(toNewFile.err()).isZero();
        assertThat(Files.isSymbolicLink(latest)).as("still a link").isTrue();
        assertThat(Files.isSymbolicLink(dangling)).as("still a link").isTrue();
        assertThat(Files.readAllLines(earlier)).hasSize(2).allMatch(line -> line.startsWith("{\"customerId\":\"fresh-"));
        assertThat(Files.readAllLines(results.resolve("2026-12.ndjson"))).hasSize(2);
        assertThat(hiddenFiles()).isEmpty();
        try (Stream<Path> staged = Files.list(results)) {
            assertThat(staged.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("2026-11.ndjson",
                    "2026-12.ndjson");
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void resultsAndRejectsGoStraightIntoANamedPipeWhichStaysAPipe() throws Exception {
        Path input = write("p.ndjson", ONE_BAD);
        Path pipe = namedPipe(folder.resolve("results.pipe"));
        ExecutorService reading = pipeReader();
        try {
            CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> readAll(pipe), reading);

            CommandLineRunner run = CommandLineRunner.run("evaluate", "--format", "ndjson", "--out", pipe.toString(),
                    "--rejects", pipe.toString(), input.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.RECORDS_REJECTED);
            assertThat(Files.isRegularFile(pipe)).as("a pipe is not replaced by a file").isFalse();
            assertThat(pipe).exists();
            assertThat(hiddenFiles()).isEmpty();
            assertThat(read.get(5, TimeUnit.MINUTES).lines()).hasSize(2)
                    .anyMatch(line -> line.startsWith("{\"customerId\":\"fresh-1\""))
                    .anyMatch(line -> line.contains("\"fresh-2\"") && line.contains("routing.asn"));
        } finally {
            unblock(pipe, reading);
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withResultsIntoAPipeTheRejectsFileIsInTheWorkingFolderNotBesideThePipe() throws Exception {
        Path input = write("p.ndjson", ONE_BAD);
        Path pipes = Files.createDirectory(folder.resolve("pipes"));
        Path working = Files.createDirectory(folder.resolve("work"));
        Path pipe = namedPipe(pipes.resolve("results"));
        ExecutorService reading = pipeReader();
        try {
            CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> readAll(pipe), reading);

            AdvisorProcess.Run run = AdvisorProcess.runIn(working, folder, Map.of("ADVISOR_RULES_CACHE", "off"),
                    List.of("evaluate", "--rules", TestAdvisors.RULES.toAbsolutePath().toString(), "--reference",
                            TestAdvisors.REFERENCE.toAbsolutePath().toString(), "--format", "ndjson", "--out",
                            pipe.toString(), input.toString()));

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.RECORDS_REJECTED);
            assertThat(run.err()).contains("rejected records are in rejects.ndjson");
            assertThat(Files.readAllLines(working.resolve("rejects.ndjson"))).hasSize(1);
            try (Stream<Path> beside = Files.list(pipes)) {
                assertThat(beside).containsExactly(pipe);
            }
            assertThat(read.get(5, TimeUnit.MINUTES).lines()).hasSize(1);
        } finally {
            unblock(pipe, reading);
        }
    }

    @Test
    void aDeviceThatFailsToTakeTheResultsFailsTheRunAndStaysADevice() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(StagedFile.isStream(full), "needs the /dev/full device");
        Path input = write("p.ndjson", VALID);

        CommandLineRunner run = CommandLineRunner.run("evaluate", "--format", "ndjson", "--out", full.toString(),
                "--rejects", folder.resolve("rejects.ndjson").toString(), input.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL_FAILURE);
        assertThat(run.err()).contains("advisor: cannot write results to /dev/full: No space left on device")
                .doesNotContain("evaluated");
        assertThat(StagedFile.isStream(full)).as("still a device").isTrue();
        assertThat(hiddenFiles()).isEmpty();
    }

    private static Path namedPipe(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo " + path).isZero();
        return path;
    }

    /** Everything written into the pipe until its last writer closes it. */
    private static String readAll(Path pipe) {
        try {
            return Files.readString(pipe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A reader still waiting for a writer (the test failed before the advisor opened the pipe) is let go: on Linux,
     * opening a pipe for reading and writing never waits, and closing it is the end of the pipe for the reader.
     */
    private static void unblock(Path pipe, ExecutorService reading) throws IOException, InterruptedException {
        try {
            new RandomAccessFile(pipe.toFile(), "rw").close();
        } catch (IOException e) {
            // not a pipe any more (the failure the test reports): nobody can be waiting on it
        }
        reading.shutdown();
        reading.awaitTermination(1, TimeUnit.MINUTES);
    }

    /** A daemon thread: a reader stuck on a pipe that was replaced by a file must not keep the tests' JVM alive. */
    private static ExecutorService pipeReader() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "pipe-reader");
            thread.setDaemon(true);
            return thread;
        });
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private List<String> hiddenFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
        }
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        return ended.pid();
    }

    private interface Action {
        void run() throws IOException;
    }

    /** The text, then, when it has all been read, the action, then the end. */
    private static InputStream endingWith(String text, Action atEnd) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            private boolean done;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                if (n < 0 && !done) {
                    done = true;
                    try {
                        atEnd.run();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return n;
            }
        };
    }

    /** Standard input that breaks after its text, as a dropped connection does. */
    private static InputStream failingAtTheEnd(String text) {
        return endingWith(text, () -> {
            throw new IOException("connection reset");
        });
    }
}
