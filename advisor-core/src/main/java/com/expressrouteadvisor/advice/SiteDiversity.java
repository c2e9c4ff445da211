package com.expressrouteadvisor.advice;

/**
 * Rule conclusion: how many sites the circuits land in, as a resiliency tier ({@code MAXIMUM}, {@code HIGH},
 * {@code STANDARD}) and the points it adds to the resiliency score (see rules/resiliency.drl).
 */
public record SiteDiversity(ResiliencyTier tier, int points) {
}
