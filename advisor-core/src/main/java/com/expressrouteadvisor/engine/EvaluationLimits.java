package com.expressrouteadvisor.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How far one customer's evaluation may go before it is stopped and the customer rejected: a number of rule
 * firings (a rule that re-triggers itself) and a time (a rule that keeps firing, waits or spins). Both guard
 * the other customers of a batch and the other requests of the service against one bad rule.
 *
 * <pre>{@code
 * new Advisor(ruleSet, reference, EvaluationLimits.DEFAULT.withMaxTime(Duration.ofSeconds(2)));
 * }</pre>
 *
 * @param maxFirings most rule firings per customer
 * @param maxTime    longest time the rules may take for one customer
 */
public record EvaluationLimits(int maxFirings, Duration maxTime) {

    public static final int DEFAULT_MAX_FIRINGS = 10_000;
    public static final long DEFAULT_MAX_MILLIS = 5_000;
    public static final EvaluationLimits DEFAULT =
            new EvaluationLimits(DEFAULT_MAX_FIRINGS, Duration.ofMillis(DEFAULT_MAX_MILLIS));

    public EvaluationLimits {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, got " + maxFirings);
        }
        if (maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, got " + maxTime.toMillis() + " ms");
        }
    }

    public EvaluationLimits withMaxFirings(int maxFirings) {
        return new EvaluationLimits(maxFirings, maxTime);
    }

    public EvaluationLimits withMaxTime(Duration maxTime) {
        return new EvaluationLimits(maxFirings, maxTime);
    }
}
