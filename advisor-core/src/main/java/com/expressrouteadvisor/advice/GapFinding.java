package com.expressrouteadvisor.advice;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Objects;

/**
 * Output: a gap with its texts in the requested language and the rule that found it. {@code arguments} are the
 * values the rule gave for the placeholders of the message and remediation (strings, numbers and {@link Phrase}s),
 * for outputs that write codes and let the reader render the words ({@code evaluate --format codes}); they are
 * not part of the JSON of CONTRACT §4 nor of equality, which is about what the finding says. {@code message} and
 * {@code remediation} are null when the evaluation was asked without texts.
 */
public record GapFinding(String code, Severity severity, String message, String remediation, String rule,
                         String reference, @JsonIgnore List<Object> arguments) {

    public GapFinding {
        arguments = arguments == null ? List.of() : arguments;
    }

    /** A finding without its arguments. */
    public GapFinding(String code, Severity severity, String message, String remediation, String rule,
                      String reference) {
        this(code, severity, message, remediation, rule, reference, List.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GapFinding g && Objects.equals(code, g.code) && severity == g.severity
                && Objects.equals(message, g.message) && Objects.equals(remediation, g.remediation)
                && Objects.equals(rule, g.rule) && Objects.equals(reference, g.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, message, remediation, rule, reference);
    }
}
