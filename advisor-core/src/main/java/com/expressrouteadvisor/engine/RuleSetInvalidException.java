package com.expressrouteadvisor.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rule set did not compile; {@link #problems()} says where and why, one line each. */
public class RuleSetInvalidException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleSetInvalidException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
