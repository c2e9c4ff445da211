package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.engine.RuleInfo;
import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.reference.Fact;
import com.expressrouteadvisor.reference.FactCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules cite which facts of the fact catalog: the facts no rule cites yet, and for each fact the rules
 * resting on it. Built from the compiled rule set's {@code @factId} metadata.
 */
public final class FactCitations {

    private final FactCatalog catalog;
    private final Map<String, List<RuleInfo>> rulesByFact = new LinkedHashMap<>();

    private FactCitations(FactCatalog catalog) {
        this.catalog = catalog;
    }

    public static FactCitations of(RuleSet ruleSet, FactCatalog catalog) {
        FactCitations citations = new FactCitations(catalog);
        ruleSet.rules().values().stream().sorted(RuleOrder.BY_FILE_AND_LINE).forEach(rule -> rule.factIds()
                .forEach(id -> citations.rulesByFact.computeIfAbsent(id, i -> new ArrayList<>()).add(rule)));
        return citations;
    }

    public FactCatalog catalog() {
        return catalog;
    }

    /** The rules citing a fact, by file and line; empty when none does. */
    public List<RuleInfo> rulesCiting(String factId) {
        return List.copyOf(rulesByFact.getOrDefault(factId, List.of()));
    }

    /** The catalog's facts no rule cites, in the catalog's order. */
    public List<Fact> uncited() {
        return catalog.all().stream().filter(f -> !rulesByFact.containsKey(f.id())).toList();
    }

    /** How many of the catalog's facts some rule cites. */
    public int citedCount() {
        return catalog.size() - uncited().size();
    }
}
