package com.expressrouteadvisor.reference;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a catalog works out from a name as the customer spelled it, remembered by that spelling: rules ask about
 * the same few names many times per customer. Bounded, so that a portfolio of endless distinct spellings cannot
 * grow it without limit: past the bound, names are worked out each time. Thread-safe; values must be immutable.
 */
final class NameMemo<V> {

    /** Enough for every spelling a portfolio uses. */
    private static final int LIMIT = 100_000;

    private final Map<String, V> byName = new ConcurrentHashMap<>();
    private final Function<String, V> compute;

    NameMemo(Function<String, V> compute) {
        this.compute = compute;
    }

    /** The value for a name; {@code null} is worked out each time (a concurrent map holds no null key). */
    V get(String name) {
        if (name == null) {
            return compute.apply(null);
        }
        V value = byName.get(name);
        if (value == null) {
            value = compute.apply(name);
            if (byName.size() < LIMIT) {
                byName.put(name, value);
            }
        }
        return value;
    }
}
