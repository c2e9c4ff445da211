package com.expressrouteadvisor.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the operating-system priority of CPU-heavy background threads, the rule compiler's during a reload and
 * the JIT's compiler threads in {@code serve}, so that they take the cores the requests leave idle instead of an
 * equal share of them.
 * Java's own thread priorities are ignored on Linux unless the JVM is started with extra flags, so this
 * raises the thread's nice value with {@code renice}, which any user may do to its own threads. Best
 * effort: where there is no {@code /proc/thread-self} or no {@code renice}, nothing changes.
 */
public final class BackgroundPriority {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);
    /**
     * Nice 19, the lowest priority there is, weighs about 1/70 of a normal thread: a reload takes the CPU the
     * requests leave idle and slows down under load, the requests do not. With nice 10 (a tenth) the compile still
     * took its share at 5,000 requests/s on two cores (docs/performance.md, "Decision service: latency during reloads").
     */
    static final int NICE = 19;

    private BackgroundPriority() {
    }

    static void lowerCurrentThread() {
        Path self = Path.of("/proc/thread-self");
        if (!Files.exists(self)) {
            return;
        }
        try {
            renice(self.toRealPath().getFileName().toString()); // /proc/<pid>/task/<tid>
        } catch (IOException e) {
            LOG.debug("No /proc/thread-self here; {} keeps its priority", Thread.currentThread().getName(), e);
        }
    }

    /**
     * Lowers HotSpot's JIT compiler threads ({@code C1 CompilerThreadN}, {@code C2 CompilerThreadN}) of this process:
     * then the new classes of a reloaded rule set are compiled, during its warm-up, in the time the requests leave
     * idle (docs/performance.md, "Decision service: warming a reloaded rule set up until the JIT is quiet"). For a
     * process the advisor owns ({@code serve}), not for a JVM that embeds it. Compiler threads the JVM adds later
     * keep their priority.
     *
     * @return how many threads were lowered
     */
    public static int lowerJitCompilerThreads() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return 0;
        }
        int lowered = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                String name;
                try {
                    name = Files.readString(thread.resolve("comm")).strip();
                } catch (IOException e) {
                    continue; // ended meanwhile
                }
                if ((name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre"))
                        && renice(thread.getFileName().toString())) {
                    lowered++;
                }
            }
        } catch (IOException e) {
            LOG.debug("Cannot list this process's threads; the JIT keeps its priority", e);
        }
        return lowered;
    }

    private static boolean renice(String threadId) {
        try {
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", threadId)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (renice.waitFor(5, TimeUnit.SECONDS) && renice.exitValue() == 0) {
                return true;
            }
            renice.destroyForcibly();
            LOG.debug("renice of thread {} did not succeed; it keeps its priority", threadId);
        } catch (IOException e) {
            LOG.debug("No renice here; thread {} keeps its priority", threadId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
