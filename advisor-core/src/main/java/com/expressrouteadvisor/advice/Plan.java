package com.expressrouteadvisor.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The cheapest set of profile changes found for one customer, in the order to make them, and where they lead.
 *
 * @param readinessBefore the customer's readiness as it is
 * @param readinessAfter  the readiness after every change (the same as before when there are none)
 * @param totalCost       the sum of the changes' costs
 * @param remaining       the gap codes still raised after the changes
 * @param questionsFirst  the open questions whose answers decide the model or layer: the planner does not answer
 *                        them itself
 * @param evaluations     how many times the rules evaluated the customer in the search
 * @param message         why the search ended as it did, when that needs saying (the bound it stopped at)
 */
@JsonPropertyOrder({"customerId", "status", "readinessBefore", "readinessAfter", "totalCost", "changes", "remaining",
        "questionsFirst", "evaluations", "message"})
public record Plan(String customerId,
                   PlanStatus status,
                   Readiness readinessBefore,
                   Readiness readinessAfter,
                   int totalCost,
                   List<PlannedChange> changes,
                   List<String> remaining,
                   List<OpenQuestion> questionsFirst,
                   int evaluations,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String message) {
}
