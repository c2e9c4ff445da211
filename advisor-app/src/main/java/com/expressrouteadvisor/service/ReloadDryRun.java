package com.expressrouteadvisor.service;

import com.expressrouteadvisor.engine.RuleProblem;
import com.expressrouteadvisor.release.CustomerChange;
import com.expressrouteadvisor.release.ImpactTotals;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * What {@code POST /v1/rules/reload?dryRun=true} found: how the advice for the recent requests the service
 * keeps would change with the rules folder as it is now. Nothing is swapped.
 *
 * @param candidateVersion the content hash of the rules folder; equal to {@code version} when nothing changed
 * @param profiles         recent profiles compared (at most {@link RuleReloader#RECENT_PROFILES})
 * @param failed           profiles either rule set could not finish (a loop, the time limit)
 * @param changes          one per customer whose advice would change, as {@code advisor rules diff} reports it
 */
@JsonPropertyOrder({"dryRun", "outcome", "version", "candidateVersion", "millis", "profiles", "failed", "totals",
        "changes"})
public record ReloadDryRun(ReloadResult.Outcome outcome, String version, String candidateVersion, long millis,
                           int profiles, int failed, ImpactTotals totals, List<CustomerChange> changes,
                           @JsonIgnore List<RuleProblem> problems) {

    @JsonProperty("dryRun")
    public boolean dryRun() {
        return true;
    }

    @JsonProperty("problems")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<RuleProblemDetail> problemDetails() {
        return problems.stream().map(RuleProblemDetail::of).toList();
    }
}
