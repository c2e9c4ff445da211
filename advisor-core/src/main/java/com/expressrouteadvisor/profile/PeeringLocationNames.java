package com.expressrouteadvisor.profile;

import com.expressrouteadvisor.reference.Names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The peering locations of {@code resilience.peeringLocationNames} counted the way the reference data matches
 * them: "Amsterdam 2" and "amsterdam2" are one location.
 */
final class PeeringLocationNames {

    private PeeringLocationNames() {
    }

    /** The distinct names in the order given, each in its first spelling; null when none were given. */
    static List<String> distinct(List<String> names) {
        if (names == null) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        List<String> distinct = new ArrayList<>(names.size());
        for (String name : names) {
            if (seen.add(Names.key(name))) {
                distinct.add(name.strip());
            }
        }
        return List.copyOf(distinct);
    }

    /** The names other than the location. */
    static List<String> without(List<String> names, String location) {
        String key = Names.key(location);
        return names.stream().filter(name -> !Names.key(name).equals(key)).toList();
    }

    /** Whether the list names the location. */
    static boolean contains(List<String> names, String location) {
        String key = Names.key(location);
        return names.stream().anyMatch(name -> Names.key(name).equals(key));
    }
}
