package com.expressrouteadvisor.advice;

/**
 * How many sites a customer's circuits land in, as Azure's resiliency guidance names it (CONTRACT §4
 * {@code resiliency.tier}). An enum rather than a word: a misspelt tier in a rule is a compile error.
 */
public enum ResiliencyTier {
    /** One peering location. */
    STANDARD,
    /** An ExpressRoute Metro circuit: two locations of one metro. */
    HIGH,
    /** Circuits in two peering locations. */
    MAXIMUM
}
