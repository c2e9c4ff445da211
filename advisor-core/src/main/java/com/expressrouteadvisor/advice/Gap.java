package com.expressrouteadvisor.advice;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Rule conclusion: a prerequisite the customer lacks. Severity, message, remediation and reference come
 * from the rule set's gap catalog and message bundles unless the rule overrides the severity.
 *
 * @param code      a gap code (CONTRACT §4 or added by the rule set)
 * @param severity  null for the catalog's default severity
 * @param arguments values for the {0}, {1}… placeholders of the message and remediation
 */
public record Gap(String code, Severity severity, List<Object> arguments) {

    public Gap(String code) {
        this(code, null, List.of());
    }

    public Gap(String code, Object... arguments) {
        this(code, null, Collections.unmodifiableList(Arrays.asList(arguments)));
    }

    public Gap(String code, Severity severity, Object... arguments) {
        this(code, severity, Collections.unmodifiableList(Arrays.asList(arguments)));
    }
}
