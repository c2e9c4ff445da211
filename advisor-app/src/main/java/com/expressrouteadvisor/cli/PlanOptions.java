package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.planner.PlanLimits;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The bounds of the plan search and the summary table, shared by {@code plan} and {@code evaluate --plan}. */
public final class PlanOptions {

    @Option(names = "--max-changes", paramLabel = "N",
            description = "The most changes one plan may hold, 1 to " + PlanLimits.MOST_CHANGES
                    + " (default: ${DEFAULT-VALUE}).")
    int maxChanges = PlanLimits.DEFAULT_MAX_CHANGES;

    @Option(names = "--max-evaluations", paramLabel = "N",
            description = "The most evaluations the search may spend on one customer, 1 to "
                    + PlanLimits.MOST_EVALUATIONS + " (default: ${DEFAULT-VALUE}); a search that reaches it says so "
                    + "and lists the best plan found.")
    int maxEvaluations = PlanLimits.DEFAULT_MAX_EVALUATIONS;

    /** What a plan must reach. */
    enum Goal { ready, unblocked }

    @Option(names = "--goal", paramLabel = "ready|unblocked",
            description = "What a plan must reach: ready (READY, the default) or unblocked (READY_WITH_WARNINGS "
                    + "will do: the cheapest plan that only removes the blockers).")
    Goal goal = Goal.ready;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Also write the changes that unblock the most customers here: CSV, or JSON when FILE "
                    + "ends in .json.")
    Path summary;

    PlanLimits limits() {
        if (maxChanges < 1 || maxChanges > PlanLimits.MOST_CHANGES) {
            throw new UsageException("--max-changes " + maxChanges + ": use 1 to " + PlanLimits.MOST_CHANGES);
        }
        if (maxEvaluations < 1 || maxEvaluations > PlanLimits.MOST_EVALUATIONS) {
            throw new UsageException("--max-evaluations " + maxEvaluations + ": use 1 to "
                    + PlanLimits.MOST_EVALUATIONS);
        }
        return new PlanLimits(maxChanges, maxEvaluations,
                goal == Goal.ready ? Readiness.READY : Readiness.READY_WITH_WARNINGS);
    }
}
