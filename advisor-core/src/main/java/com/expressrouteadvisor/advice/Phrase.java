package com.expressrouteadvisor.advice;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A message argument that is itself text, so that it is translated with the message: the bundle key
 * {@code phrase.KEY} formatted with its own arguments. A rule writes
 * {@code new Gap("PREMIUM_REQUIRED", new Phrase("premium.regions", "eastus", "Europe"))} and the Dutch result
 * reads Dutch throughout.
 */
public record Phrase(String key, List<Object> arguments) {

    public Phrase(String key, Object... arguments) {
        this(key, Collections.unmodifiableList(Arrays.asList(arguments)));
    }
}
