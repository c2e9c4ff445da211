package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.FiredRule;
import com.expressrouteadvisor.engine.RuleInfo;
import com.expressrouteadvisor.engine.RuleSet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often each rule of a rule set fired over many evaluations (a portfolio or the scenarios), and which
 * never fired. Feed it evaluations made with explanations on ({@code firedRules} filled in). Not thread-safe.
 */
public final class RuleCoverage {

    /**
     * One rule's count.
     *
     * @param firings     how many times it fired in all
     * @param evaluations in how many evaluations it fired at least once
     */
    public record Count(RuleInfo rule, long firings, long evaluations) {
    }

    private final RuleSet ruleSet;
    private final Map<String, long[]> counts = new HashMap<>();
    private long evaluations;

    public RuleCoverage(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        ruleSet.rules().keySet().forEach(name -> counts.put(name, new long[2]));
    }

    public void add(Evaluation evaluation) {
        if (evaluation.firedRules() == null) {
            throw new IllegalArgumentException("coverage needs evaluations made with explanations on");
        }
        evaluations++;
        Set<String> seen = new HashSet<>();
        for (FiredRule fired : evaluation.firedRules()) {
            long[] count = counts.computeIfAbsent(fired.name(), name -> new long[2]);
            count[0]++;
            if (seen.add(fired.name())) {
                count[1]++;
            }
        }
    }

    public void addAll(ScenarioRun run) {
        run.results().stream().filter(r -> r.evaluation() != null).forEach(r -> add(r.evaluation()));
    }

    public long evaluations() {
        return evaluations;
    }

    /** Every rule of the rule set, in the order of its topic file and line. */
    public List<Count> counts() {
        return ruleSet.rules().values().stream()
                .sorted(RuleOrder.BY_FILE_AND_LINE)
                .map(rule -> new Count(rule, counts.get(rule.name())[0], counts.get(rule.name())[1]))
                .toList();
    }

    public List<Count> neverFired() {
        return counts().stream().filter(c -> c.firings() == 0).toList();
    }
}
