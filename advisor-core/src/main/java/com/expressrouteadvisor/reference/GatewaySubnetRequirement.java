package com.expressrouteadvisor.reference;

/**
 * The largest GatewaySubnet prefix length Microsoft documents for a gateway with at least
 * {@code fromCircuits} circuits (a row of gateway-subnets.csv; fact GW-SUBNET). {@code required} tells a
 * documented "must" from a recommendation.
 */
public record GatewaySubnetRequirement(int fromCircuits, int largestPrefixLength, boolean required) {
}
