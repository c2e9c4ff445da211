package com.expressrouteadvisor.reference;

/** A peering subnet that overlaps an address space, both as the customer wrote them. */
public record SubnetOverlap(String subnet, String addressSpace) {
}
