package com.expressrouteadvisor.advice;

/** Who runs the routing: the customer (Layer 2) or the provider (managed Layer 3). */
public enum Layer {
    LAYER2,
    MANAGED_LAYER3
}
