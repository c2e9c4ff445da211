package com.expressrouteadvisor.advice;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Rule conclusion of the {@code remedy} stage: a change to the profile that a consultant would propose for a
 * gap, what it costs on the consultant's own scale and how it reads. The planner tries it by setting the field
 * and evaluating again; it never fires in a plain evaluation.
 *
 * <pre>{@code
 * insert(new Remedy("PREMIUM_REQUIRED", "azure.sku", "PREMIUM", 3, "premium"));
 * insert(new Remedy("PROVIDER_NOT_AT_LOCATION", "connectivity.peeringLocation",
 *         locations.nearestOffering($provider, $location), 5, "move-location", $provider));
 * }</pre>
 *
 * @param gap       the gap code the change is for
 * @param field     the profile field as a dotted path (CONTRACT §3), e.g. {@code azure.sku}
 * @param value     the new value: text, a number, true/false, an enum constant or a list of text
 * @param cost      effort points, 1 or more: what the change costs the customer, relative to the others
 * @param text      the key of its text in the bundles, {@code remedy.<text>}; there {0} is the new value,
 *                  {1} the current one and {2}… the arguments
 * @param arguments further values for the text
 */
public record Remedy(String gap, String field, Object value, int cost, String text, List<Object> arguments) {

    public Remedy(String gap, String field, Object value, int cost, String text, Object... arguments) {
        this(gap, field, value, cost, text, Collections.unmodifiableList(Arrays.asList(arguments)));
    }
}
