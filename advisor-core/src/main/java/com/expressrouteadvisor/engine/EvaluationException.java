package com.expressrouteadvisor.engine;

/**
 * The rules could not finish evaluating one customer (a looping rule, a rule that threw). Only that
 * customer's result is lost; the message names the customer and the rule.
 */
public class EvaluationException extends RuntimeException {

    private final String customerId;
    private final String rule;

    public EvaluationException(String customerId, String rule, String message, Throwable cause) {
        super(message, cause);
        this.customerId = customerId;
        this.rule = rule;
    }

    public String customerId() {
        return customerId;
    }

    /** The rule at fault, or null when none can be named. */
    public String rule() {
        return rule;
    }
}
