package com.expressrouteadvisor.support;

import com.expressrouteadvisor.cli.AdvisorCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor as a user starts it, through its {@code main} in a process of its own (so everything that happens
 * before and around the command runs too), with its standard output and error captured in files under a test's
 * temporary folder.
 */
public final class AdvisorProcess {

    /** What one run ended with. */
    public record Run(int exitCode, String out, String err) {
    }

    private AdvisorProcess() {
    }

    /** Runs {@code advisor ARGS} with these environment variables added, and waits for it to exit. */
    public static Run run(Path temp, Map<String, String> environment, List<String> args) {
        return runIn(null, temp, environment, args);
    }

    /** {@link #run} in that working folder (null: this process's). */
    public static Run runIn(Path workingFolder, Path temp, Map<String, String> environment, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AdvisorCommand.class.getName()));
        command.addAll(args);
        try {
            Path out = Files.createTempFile(temp, "out", ".txt");
            Path err = Files.createTempFile(temp, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            if (workingFolder != null) {
                builder.directory(workingFolder.toFile());
            }
            Process process = builder.start();
            try {
                assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the advisor exits").isTrue();
            } finally {
                process.destroyForcibly();
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
