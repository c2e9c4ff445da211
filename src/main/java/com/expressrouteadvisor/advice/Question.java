package com.expressrouteadvisor.advice;

/**
 * Rule conclusion: an unknown profile field whose answer would change the advice.
 *
 * @param field the profile field as a dotted path (CONTRACT §3), e.g. {@code routing.bgpCapable}
 */
public record Question(String field) {
}
