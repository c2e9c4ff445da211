package com.expressrouteadvisor.service;

import java.time.Duration;

/**
 * How much a reloaded rule set is warmed up on recent traffic before it serves ({@code serve --reload-warm-up-evaluations}
 * and {@code --reload-warm-up}): this many evaluations, then a wait until the JIT is quiet, all within
 * {@code maxTime}.
 *
 * <p>What {@code advisor serve} uses ({@link #SERVE_EVALUATIONS} within {@link #SERVE_SECONDS}): 15,000
 * evaluations take the new rule set's code through the optimising compiler before the swap, so that the seconds
 * after it are as fast as the rest. {@code serve} also lowers its JIT threads' priority
 * ({@link BackgroundPriority#lowerJitCompilerThreads()}), so that this compiling takes the time the requests leave
 * idle; without that, the warm-up's CPU cost the requests more than it saved them on two busy cores
 * (docs/performance.md, "Decision service: warming a reloaded rule set up until the JIT is quiet").
 * {@link #DEFAULT}, for a service embedded in a JVM the advisor does not own: a few hundred evaluations, which
 * compile the new code in the JIT's first tier.
 *
 * @param evaluations evaluations of recent traffic; 0 swaps the new rule set in at once
 * @param maxTime     longest time for the evaluations and the wait together
 */
public record ReloadWarmUpLimits(int evaluations, Duration maxTime) {

    public static final ReloadWarmUpLimits DEFAULT = new ReloadWarmUpLimits(300, Duration.ofSeconds(3));
    public static final int SERVE_EVALUATIONS = 15_000;
    public static final int SERVE_SECONDS = 30;
    public static final ReloadWarmUpLimits NONE = new ReloadWarmUpLimits(0, Duration.ZERO);

    public ReloadWarmUpLimits {
        if (evaluations < 0) {
            throw new IllegalArgumentException("warm-up evaluations must not be negative, got " + evaluations);
        }
        if (maxTime == null || maxTime.isNegative()) {
            throw new IllegalArgumentException("the warm-up time must not be negative, got " + maxTime);
        }
    }

    boolean off() {
        return evaluations == 0 || maxTime.isZero();
    }
}
