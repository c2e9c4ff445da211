package com.expressrouteadvisor.service;

import com.expressrouteadvisor.engine.RuleProblem;

/**
 * A rule problem in an error body: {@code problem} is the {@code FILE:LINE:COLUMN: message} line of
 * CONTRACT §2, the other fields the same split up for programs.
 */
public record RuleProblemDetail(String problem, String file, int line, int column, String message) {

    static RuleProblemDetail of(RuleProblem problem) {
        return new RuleProblemDetail(problem.toString(), problem.file(), problem.line(), problem.column(),
                problem.message());
    }
}
