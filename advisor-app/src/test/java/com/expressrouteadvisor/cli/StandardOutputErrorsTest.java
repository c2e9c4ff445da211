package com.expressrouteadvisor.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code evaluate} as a process whose standard output cannot be written: the run fails and says so. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StandardOutputErrorsTest {

    @TempDir
    Path folder;
    private Path input;

    @BeforeEach
    void portfolio() {
        input = folder.resolve("portfolio.ndjson");
        assertThat(CommandLineRunner.run("generate", "--count", "600", "--seed", "3", "--out", input.toString())
                .exitCode()).isZero();
    }

    @Test
    void aFullDiskFailsTheRunWithTheReason() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full");

        Outcome run = evaluate(List.of(), builder -> builder.redirectOutput(full.toFile()));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INTERNAL_FAILURE);
        assertThat(run.err()).contains("advisor: cannot write results to standard output: No space left on device")
                .doesNotContain("evaluated").doesNotContain("internal failure");
    }

    @Test
    void aClosedStandardOutputFailsTheRun() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");

        // The shell closes descriptor 1 and then becomes the JVM, which starts without a standard output.
        Outcome run = evaluate(List.of("/bin/sh", "-c", "exec \"$0\" \"$@\" >&-"), builder -> { });

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INTERNAL_FAILURE);
        assertThat(run.err()).contains("advisor: cannot write results to standard output: ")
                .doesNotContain("evaluated");
    }

    private record Outcome(int exitCode, String err) {
    }

    private interface Redirect {
        void apply(ProcessBuilder builder);
    }

    private Outcome evaluate(List<String> launcher, Redirect redirect) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), AdvisorCommand.class.getName(),
                "evaluate", "--rules", "rules", "--reference", "facts/reference", "--format", "ndjson",
                "--rejects", folder.resolve("rejects.ndjson").toString(), input.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        Path err = folder.resolve("stderr");
        builder.redirectError(err.toFile());
        redirect.apply(builder);
        Process process = builder.start();
        process.getOutputStream().close();
        int code = process.waitFor();
        return new Outcome(code, Files.readString(err));
    }
}
