package com.expressrouteadvisor.advice;

/** Rule conclusion and output: the resiliency tier and its 0–100 score (CONTRACT §4). */
public record Resiliency(ResiliencyTier tier, int score) {
}
