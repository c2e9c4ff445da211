package com.expressrouteadvisor.service;

import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationException;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.service.ReloadResult.WarmUp.Ending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Runs a freshly compiled rule set on recent traffic, and lets the JIT compile its code, before it serves.
 *
 * <p>A rule set brings classes of its own (constraints, consequences). Swapped in cold, the request threads would
 * run them interpreted and then in the JIT's profiling tier while the optimising compiler works through a thousand
 * new methods beside them: slower requests for seconds after every reload. Here the new rule set first runs
 * {@link ReloadWarmUpLimits#evaluations()} evaluations on the reload's low-priority thread, and then the reload
 * waits, without evaluating, until the JIT has been quiet for {@link #QUIET_WINDOW}: meanwhile the old rule set
 * answers. How many evaluations pay for their CPU depends on the spare cores ({@link ReloadWarmUpLimits}).
 */
final class ReloadWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadWarmUp.class);

    /** How long the JIT must have been (nearly) idle, and how much compile time still counts as idle. */
    static final Duration QUIET_WINDOW = Duration.ofMillis(500);
    static final Duration QUIET_COMPILE_TIME = Duration.ofMillis(25);

    private final ReloadWarmUpLimits limits;
    private final LongSupplier compileMillis;
    private final LongSupplier nanoTime;
    private final LongConsumer pause;

    ReloadWarmUp(ReloadWarmUpLimits limits) {
        this(limits, jitCompileMillis(), System::nanoTime, LockSupport::parkNanos);
    }

    /**
     * @param compileMillis the JIT's total compile time so far; {@code -1} where the JVM does not count it
     * @param pause         waits about the nanoseconds given
     */
    ReloadWarmUp(ReloadWarmUpLimits limits, LongSupplier compileMillis, LongSupplier nanoTime, LongConsumer pause) {
        this.limits = limits;
        this.compileMillis = compileMillis;
        this.nanoTime = nanoTime;
        this.pause = pause;
    }

    ReloadResult.WarmUp run(Advisor advisor, List<CustomerProfile> profiles) {
        return run(profile -> {
            try {
                advisor.evaluate(profile);
            } catch (EvaluationException e) {
                LOG.debug("Warm-up evaluation failed: {}", e.getMessage());
            }
        }, profiles);
    }

    ReloadResult.WarmUp run(Consumer<CustomerProfile> evaluation, List<CustomerProfile> profiles) {
        if (profiles.isEmpty() || limits.off()) {
            return new ReloadResult.WarmUp(Ending.NO_TRAFFIC, 0, 0);
        }
        long started = nanoTime.getAsLong();
        long deadline = started + limits.maxTime().toNanos();
        int evaluations = 0;
        while (evaluations < limits.evaluations()) {
            evaluation.accept(profiles.get(evaluations % profiles.size()));
            evaluations++;
            if (nanoTime.getAsLong() - deadline >= 0) {
                return outcome(Ending.MAX_TIME, evaluations, started);
            }
        }
        long compiled = compileMillis.getAsLong();
        if (compiled < 0) {
            return outcome(Ending.EVALUATIONS_RUN, evaluations, started); // nothing to wait for
        }
        // Judged on whole windows only: a wake-up that comes early, or the deadline, must not pass for quiet.
        long windowStart = nanoTime.getAsLong();
        while (true) {
            long now = nanoTime.getAsLong();
            if (now - windowStart >= QUIET_WINDOW.toNanos()) {
                long compiledNow = compileMillis.getAsLong();
                if (compiledNow - compiled <= QUIET_COMPILE_TIME.toMillis()) {
                    return outcome(Ending.JIT_QUIET, evaluations, started);
                }
                windowStart = now;
                compiled = compiledNow;
            }
            long remaining = deadline - now;
            if (remaining <= 0) {
                return outcome(Ending.MAX_TIME, evaluations, started);
            }
            pause.accept(Math.min(windowStart + QUIET_WINDOW.toNanos() - now, remaining));
        }
    }

    private ReloadResult.WarmUp outcome(Ending ending, int evaluations, long started) {
        return new ReloadResult.WarmUp(ending, evaluations,
                Duration.ofNanos(nanoTime.getAsLong() - started).toMillis());
    }

    private static LongSupplier jitCompileMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return () -> -1;
        }
        return jit::getTotalCompilationTime;
    }
}
