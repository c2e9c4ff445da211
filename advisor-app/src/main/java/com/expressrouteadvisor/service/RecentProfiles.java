package com.expressrouteadvisor.service;

import com.expressrouteadvisor.profile.CustomerProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last profiles the service evaluated, kept so that a freshly compiled rule set can be warmed up on real
 * traffic before it serves: its generated code gets compiled by the JIT, and Drools compiles its
 * constraints to bytecode after a few evaluations, while the old rule set still answers. Lock-free; a
 * slot may be overwritten while read, which costs nothing but a different sample.
 */
final class RecentProfiles {

    private final AtomicReferenceArray<CustomerProfile> slots;
    private final AtomicLong next = new AtomicLong();

    RecentProfiles(int capacity) {
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    void remember(CustomerProfile profile) {
        slots.lazySet((int) (next.getAndIncrement() % slots.length()), profile);
    }

    /** The profiles kept, oldest slot first; empty before the first evaluation. */
    List<CustomerProfile> snapshot() {
        List<CustomerProfile> profiles = new ArrayList<>(slots.length());
        for (int i = 0; i < slots.length(); i++) {
            CustomerProfile profile = slots.get(i);
            if (profile != null) {
                profiles.add(profile);
            }
        }
        return profiles;
    }
}
