package com.expressrouteadvisor.advice;

/**
 * Rule conclusion: one redundancy the design has beyond its site diversity (a second circuit, two edge
 * routers) and the points it adds to the resiliency score (see rules/resiliency.drl).
 */
public record ResiliencyFactor(String factor, int points) {
}
