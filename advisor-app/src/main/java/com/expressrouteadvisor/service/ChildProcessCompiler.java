package com.expressrouteadvisor.service;

import com.expressrouteadvisor.engine.CompiledRuleCache;
import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.engine.RuleSetCompiler;
import com.expressrouteadvisor.engine.RuleSetInvalidException;
import com.expressrouteadvisor.reference.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Compiles a changed rule set in a child JVM that writes it to the compiled-rules cache, so that the serving JVM
 * only loads it. Compiled in the serving JVM, a rule set's garbage made the young collections there take 10–15 ms
 * instead of 2–3 ms while requests waited, and the rule compiler's own code kept the JIT busy; renicing the compile
 * thread did not reach the collector and JIT threads that work for it. The child is started from the reload's
 * thread and so inherits its nice value, for all of its threads (docs/performance.md, "Decision service: latency
 * during reloads").
 * <p>
 * Best effort: where the child cannot start, fails or runs out of time, the reload compiles in the serving JVM as
 * before. A rule set with problems is compiled again there too, so the problems come from the same compiler, in
 * the same words, as ever.
 */
final class ChildProcessCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(ChildProcessCompiler.class);
    /** A full rule base takes seconds; past this the child is given up on and the reload compiles itself. */
    static final Duration LIMIT = Duration.ofMinutes(3);
    /** The child's exit codes. */
    static final int CACHED = 0;
    static final int FAILED = 1;
    static final int INVALID = 2;
    static final int NOT_CACHED = 3;
    /**
     * One compile, not a long run: C1 alone finishes it with less CPU than C1 and C2 together, and the serial
     * collector needs no threads of its own; 512 MB is twice what compiling the full rule base takes.
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xshare:auto");

    private final CompiledRuleCache cache;
    private final Path cacheFolder;

    private ChildProcessCompiler(CompiledRuleCache cache, Path cacheFolder) {
        this.cache = cache;
        this.cacheFolder = cacheFolder;
    }

    /** A compiler for this cache; none when the cache is switched off (nothing to hand the rule set over in). */
    static Optional<ChildProcessCompiler> forCache(CompiledRuleCache cache) {
        return cache.folder().map(folder -> new ChildProcessCompiler(cache, folder));
    }

    /**
     * Leaves the rule set in {@code rulesFolder} compiled in the cache, unless it is there already.
     *
     * @return whether the cache holds it now
     */
    boolean precompile(Path rulesFolder) {
        if (cache.holds(rulesFolder)) {
            return true;
        }
        long started = System.nanoTime();
        Path output = null;
        try {
            output = Files.createTempFile("advisor-rules-compile", ".log");
            Process child = new ProcessBuilder(command(rulesFolder)).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!child.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly();
                LOG.warn("Compiling {} in a child process took more than {} s; compiling here instead", rulesFolder,
                        LIMIT.toSeconds());
                return false;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            switch (child.exitValue()) {
                case CACHED -> LOG.info("Compiled {} in a child process in {} ms", rulesFolder, millis);
                case INVALID -> LOG.debug("{} does not compile; compiling here to report its problems", rulesFolder);
                case NOT_CACHED -> LOG.info("{} compiled in a child process but was not cached (warnings, or the "
                        + "executable model does not take it); compiling here", rulesFolder);
                default -> LOG.warn("Compiling {} in a child process failed (exit {}); compiling here instead:\n{}",
                        rulesFolder, child.exitValue(), tail(output));
            }
            return child.exitValue() == CACHED && cache.holds(rulesFolder);
        } catch (IOException e) {
            LOG.warn("Could not start a child process to compile {}; compiling here: {}", rulesFolder, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }

    private List<String> command(Path rulesFolder) {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-D" + CompiledRuleCache.PROPERTY + "=" + cacheFolder);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ChildProcessCompiler.class.getName());
        command.add(rulesFolder.toAbsolutePath().toString());
        return command;
    }

    private static String tail(Path output) {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(its output could not be read: " + e + ")";
        }
    }

    /** The child: compiles the rules folder given with the cache the system property names, and waits for it. */
    public static void main(String[] args) {
        int code;
        try {
            Path rulesFolder = Path.of(args[0]);
            CompiledRuleCache cache = CompiledRuleCache.fromEnvironment();
            try (RuleSet ignored = new RuleSetCompiler(ReferenceData.GLOBAL_NAMES, cache).compile(rulesFolder)) {
                // compiled; the executable model is built and written on the cache's thread
            }
            code = CompiledRuleCache.awaitWrites(LIMIT) && cache.holds(rulesFolder) ? CACHED : NOT_CACHED;
        } catch (RuleSetInvalidException e) {
            code = INVALID;
        } catch (RuntimeException | LinkageError e) {
            e.printStackTrace();
            code = FAILED;
        }
        System.exit(code);
    }
}
