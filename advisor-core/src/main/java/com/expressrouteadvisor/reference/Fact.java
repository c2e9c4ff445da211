package com.expressrouteadvisor.reference;

import java.util.List;

/**
 * One domain fact a rule may rest on, cited in the rule's {@code @factId} metadata.
 *
 * @param id      stable ID, e.g. {@code ROUTE-PRIVATE-SUBNET}
 * @param text    the fact in the project's words
 * @param sources the articles it comes from, at least one
 */
public record Fact(String id, String text, List<FactSource> sources) {

    public Fact {
        sources = List.copyOf(sources);
    }
}
