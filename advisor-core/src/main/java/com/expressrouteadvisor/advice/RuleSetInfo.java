package com.expressrouteadvisor.advice;

/** Output: which rule set made a result; {@code version} is a content hash of the rule files. */
public record RuleSetInfo(String version, int rules) {
}
