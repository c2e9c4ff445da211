package com.expressrouteadvisor.advice;

/** Output: a gap with its texts in the requested language and the rule that found it. */
public record GapFinding(String code, Severity severity, String message, String remediation, String rule,
                         String reference) {
}
