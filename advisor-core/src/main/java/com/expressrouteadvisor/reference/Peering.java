package com.expressrouteadvisor.reference;

import java.util.Locale;

/**
 * The ExpressRoute peerings that have limits of their own (prefix-limits.csv). An enum rather than a word, so
 * that a misspelt peering in a rule ({@code Peering.PRIVAT}) is a compile error with its file and line, not a
 * failure of every evaluation that reaches the rule.
 */
public enum Peering {
    PRIVATE,
    MICROSOFT;

    /** The name in the reference CSV files and in message keys: {@code private}, {@code microsoft}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

}
