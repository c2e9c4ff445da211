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
 * new methods beside them: seconds of slow requests after every reload. Here the new rule set first runs
 * {@link Limits#evaluations()} evaluations on the reload's low-priority thread, enough calls for the optimising
 * compiler to take its methods up, and then the reload waits, without evaluating, until the JIT has been quiet
 * for a {@link Limits#quietWindow()}. Meanwhile the old rule set answers in compiled code. Evaluating until the
 * JIT is quiet instead was measured to cost the requests more than it saves them: the warm-up thread then takes
 * every spare cycle for seconds.
 */
final class ReloadWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadWarmUp.class);

    /**
     * @param evaluations      evaluations of recent traffic (some thousands: the optimising compiler's call thresholds)
     * @param maxTime          time at most, evaluations and waiting: a busy machine must not hold a reload long
     * @param quietWindow      how long the JIT must have been (nearly) idle
     * @param quietCompileTime compile time within a quiet window that still counts as idle
     */
    record Limits(int evaluations, Duration maxTime, Duration quietWindow, Duration quietCompileTime) {

        /** Measured with {@code bench/service/load.sh} (docs/performance.md, "reloads warmed up until the JIT is quiet"). */
        static final Limits DEFAULT = new Limits(15_000, Duration.ofSeconds(30), Duration.ofMillis(500),
                Duration.ofMillis(25));

        Limits {
            if (evaluations < 0 || maxTime.isNegative() || quietWindow.isNegative() || quietCompileTime.isNegative()) {
                throw new IllegalArgumentException("warm-up limits must not be negative");
            }
        }

        /** {@link #DEFAULT}'s evaluations and JIT criteria, for at most {@code maxTime}; zero is {@link #none()}. */
        static Limits upTo(Duration maxTime) {
            return maxTime.isZero() ? none()
                    : new Limits(DEFAULT.evaluations, maxTime, DEFAULT.quietWindow, DEFAULT.quietCompileTime);
        }

        /** No warm-up beyond the KieBase preparation: the new rule set serves at once. */
        static Limits none() {
            return new Limits(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        }
    }

    private final Limits limits;
    private final LongSupplier compileMillis;
    private final LongSupplier nanoTime;
    private final LongConsumer pause;

    ReloadWarmUp(Limits limits) {
        this(limits, jitCompileMillis(), System::nanoTime, LockSupport::parkNanos);
    }

    /**
     * @param compileMillis the JIT's total compile time so far; {@code -1} where the JVM does not count it
     * @param pause         waits about the nanoseconds given
     */
    ReloadWarmUp(Limits limits, LongSupplier compileMillis, LongSupplier nanoTime, LongConsumer pause) {
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
        if (profiles.isEmpty() || limits.evaluations() == 0) {
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
        while (true) {
            long remaining = deadline - nanoTime.getAsLong();
            if (remaining <= 0) {
                return outcome(Ending.MAX_TIME, evaluations, started);
            }
            pause.accept(Math.min(limits.quietWindow().toNanos(), remaining));
            long now = compileMillis.getAsLong();
            if (now - compiled <= limits.quietCompileTime().toMillis()) {
                return outcome(Ending.JIT_QUIET, evaluations, started);
            }
            compiled = now;
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
