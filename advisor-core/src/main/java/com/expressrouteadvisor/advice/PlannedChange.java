package com.expressrouteadvisor.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One change of a plan: the profile field, its value before and after (null: unknown), the remedy's cost and
 * text, the gap it was proposed for, and the gap codes the change removes and introduces when applied after the
 * changes before it.
 */
@JsonPropertyOrder({"field", "from", "to", "cost", "why", "gap", "rule", "removes", "introduces"})
public record PlannedChange(String field,
                            Object from,
                            Object to,
                            int cost,
                            String why,
                            String gap,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String rule,
                            List<String> removes,
                            List<String> introduces) {
}
