package com.expressrouteadvisor.advice;

/**
 * Rule conclusion: an unknown profile field whose answer would change the advice.
 *
 * <pre>{@code
 * insert(new Question("routing.asn"));                                   // the answer refines the advice
 * insert(new Question("connectivity.hasMplsWan", Decides.MODEL));        // the answer may change the model
 * }</pre>
 *
 * @param field   the profile field as a dotted path (CONTRACT §3), e.g. {@code routing.bgpCapable}
 * @param decides what the answer decides (the model or the layer), or null when it decides neither
 */
public record Question(String field, Decides decides) {

    public Question(String field) {
        this(field, null);
    }
}
