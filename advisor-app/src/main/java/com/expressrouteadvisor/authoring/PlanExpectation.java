package com.expressrouteadvisor.authoring;

import java.util.List;

/**
 * What a scenario expects of the customer's plan ({@code expectPlan:}); every part optional.
 *
 * <pre>{@code
 * expectPlan:
 *   status: PLAN_FOUND
 *   readinessAfter: READY
 *   changes: [azure.sku=PREMIUM]      # exactly these changes, as field=value, in any order
 *   totalCost: 3
 *   maxChanges: 2                     # search bounds for this scenario (default: the planner's)
 *   goal: unblocked                   # ready (default) or unblocked
 * }</pre>
 *
 * @param changes null when not asked; empty when the plan must hold no change
 */
public record PlanExpectation(String status, String readinessAfter, List<String> changes, Integer totalCost,
                              Integer maxChanges, String goal) {

    public static final List<String> KEYS = List.of("status", "readinessAfter", "changes", "totalCost", "maxChanges",
            "goal");
    public static final List<String> GOALS = List.of("ready", "unblocked");
}
