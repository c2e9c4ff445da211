package com.expressrouteadvisor.reference;

import java.util.Locale;

/**
 * IPv4 or IPv6, as the limits (prefix-limits.csv, gateway-limits.csv) and the addressing checks take them. An
 * enum rather than a word: a misspelt family in a rule is a compile error, not a run-time reject.
 */
public enum AddressFamily {
    IPV4,
    IPV6;

    /** The name in the reference CSV files and in message keys ({@code phrase.family.ipv4}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

}
