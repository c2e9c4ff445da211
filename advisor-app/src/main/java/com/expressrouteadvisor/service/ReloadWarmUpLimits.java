package com.expressrouteadvisor.service;

import java.time.Duration;

/**
 * How much a reloaded rule set is warmed up on recent traffic before it serves ({@code serve --reload-warm-up-evaluations}
 * and {@code --reload-warm-up}): this many evaluations, then a wait until the JIT is quiet, all within
 * {@code maxTime}.
 *
 * <p>The default keeps reloads short and cheap: a few hundred evaluations compile the new rule set's code in the
 * JIT's first tier. About 15,000 take it through the optimising compiler before the swap, so that the first
 * seconds after it are as fast as the rest; that costs the CPU of those evaluations during the reload, which pays
 * where cores are spare and not on a machine whose cores the requests already keep busy (docs/performance.md,
 * "Decision service: warming a reloaded rule set up until the JIT is quiet").
 *
 * @param evaluations evaluations of recent traffic; 0 swaps the new rule set in at once
 * @param maxTime     longest time for the evaluations and the wait together
 */
public record ReloadWarmUpLimits(int evaluations, Duration maxTime) {

    public static final int DEFAULT_EVALUATIONS = 300;
    public static final int DEFAULT_SECONDS = 3;
    public static final ReloadWarmUpLimits DEFAULT =
            new ReloadWarmUpLimits(DEFAULT_EVALUATIONS, Duration.ofSeconds(DEFAULT_SECONDS));
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
