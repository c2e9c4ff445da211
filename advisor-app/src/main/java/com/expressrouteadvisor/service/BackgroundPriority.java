package com.expressrouteadvisor.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the operating-system priority of the calling thread, so that CPU-heavy background work (compiling
 * a rule set during a reload) takes the cores the requests leave idle instead of an equal share of them.
 * Java's own thread priorities are ignored on Linux unless the JVM is started with extra flags, so this
 * raises the thread's nice value with {@code renice}, which any user may do to its own threads. Best
 * effort: where there is no {@code /proc/thread-self} or no {@code renice}, nothing changes.
 */
final class BackgroundPriority {

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
            String threadId = self.toRealPath().getFileName().toString(); // /proc/<pid>/task/<tid>
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", threadId)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                renice.destroyForcibly();
                LOG.debug("renice of thread {} did not succeed; it keeps its priority", threadId);
            }
        } catch (IOException e) {
            LOG.debug("No renice here; {} keeps its priority", Thread.currentThread().getName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
