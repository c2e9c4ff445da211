package com.expressrouteadvisor.planner;

import com.expressrouteadvisor.advice.Readiness;

/**
 * The bounds and the goal of one customer's plan search.
 *
 * @param maxChanges     the most changes a plan may hold, 1 to {@value #MOST_CHANGES}
 * @param maxEvaluations the most evaluations of the customer the search may spend, counting the first one,
 *                       1 to {@value #MOST_EVALUATIONS}
 * @param goal           the readiness a plan must reach to end the search: READY (default), or READY_WITH_WARNINGS
 *                       for the cheapest plan that only unblocks
 */
public record PlanLimits(int maxChanges, int maxEvaluations, Readiness goal) {

    public static final int DEFAULT_MAX_CHANGES = 4;
    public static final int DEFAULT_MAX_EVALUATIONS = 200;
    public static final int MOST_CHANGES = 16;
    public static final int MOST_EVALUATIONS = 1_000_000;
    public static final PlanLimits DEFAULT = new PlanLimits(DEFAULT_MAX_CHANGES, DEFAULT_MAX_EVALUATIONS);

    public PlanLimits(int maxChanges, int maxEvaluations) {
        this(maxChanges, maxEvaluations, Readiness.READY);
    }

    public PlanLimits {
        if (goal != Readiness.READY && goal != Readiness.READY_WITH_WARNINGS) {
            throw new IllegalArgumentException("goal must be READY or READY_WITH_WARNINGS, got " + goal);
        }
        if (maxChanges < 1 || maxChanges > MOST_CHANGES) {
            throw new IllegalArgumentException("maxChanges must be 1 to " + MOST_CHANGES + ", got " + maxChanges);
        }
        if (maxEvaluations < 1 || maxEvaluations > MOST_EVALUATIONS) {
            throw new IllegalArgumentException("maxEvaluations must be 1 to " + MOST_EVALUATIONS + ", got "
                    + maxEvaluations);
        }
    }

    public PlanLimits withMaxChanges(int changes) {
        return new PlanLimits(changes, maxEvaluations, goal);
    }

    public PlanLimits withMaxEvaluations(int evaluations) {
        return new PlanLimits(maxChanges, evaluations, goal);
    }

    public PlanLimits withGoal(Readiness newGoal) {
        return new PlanLimits(maxChanges, maxEvaluations, newGoal);
    }
}
