package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.advice.GapCatalog;
import com.expressrouteadvisor.engine.RuleInfo;
import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.reference.Fact;
import com.expressrouteadvisor.reference.FactCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule catalog: every loaded rule by topic with the facts it rests on (ID and text), what it concludes and
 * the scenarios that exercise it; every gap code with the rules that raise it and how many scenarios expect it
 * present and absent; every fact of the fact catalog with the rules citing it. Built from the compiled rule set,
 * so it is never out of step with it.
 */
public record RuleCatalog(List<Topic> topics, List<GapCode> gapCodes, List<FactUse> facts, int ruleCount,
                          int scenarioCount) {

    /** The rules of one topic (the files named after it), in the order they are written. */
    public record Topic(String name, List<String> files, List<Entry> rules) {
    }

    /** One rule, the facts it cites and what it concludes, with gap codes shown as {@code CODE (SEVERITY)}. */
    public record Entry(RuleInfo rule, List<CitedFact> facts, List<String> gaps, List<String> models,
                        List<String> questions, List<String> scenarios) {
    }

    /** A fact ID a rule cites and the fact's text; the text is null when the fact catalog does not hold the ID. */
    public record CitedFact(String id, String text) {
    }

    /** A fact of the fact catalog and the rules citing it, by file and line; none for a fact no rule cites yet. */
    public record FactUse(Fact fact, List<String> rules) {
    }

    /**
     * One gap code.
     *
     * @param severity        the catalog's default severity, or null when the code is missing from the catalog
     * @param expectedPresent how many scenarios expect the code raised
     * @param expectedAbsent  how many scenarios expect it not raised
     */
    public record GapCode(String code, String severity, String reference, List<String> rules, long expectedPresent,
                          long expectedAbsent) {
    }

    public static RuleCatalog of(RuleSet ruleSet, ScenarioRun scenarios, FactCatalog factCatalog) {
        RuleConclusions conclusions = RuleConclusions.of(ruleSet);
        GapCatalog gapCatalog = ruleSet.gapCatalog();
        Map<String, List<String>> scenariosByRule = new LinkedHashMap<>();
        for (ScenarioResult result : scenarios.results()) {
            for (String rule : new TreeSet<>(result.firedRules())) {
                scenariosByRule.computeIfAbsent(rule, r -> new ArrayList<>())
                        .add(result.scenario().relative() + ": " + result.scenario().name());
            }
        }

        Map<String, List<RuleInfo>> byTopic = new LinkedHashMap<>();
        ruleSet.rules().values().stream().sorted(RuleOrder.BY_FILE_AND_LINE)
                .forEach(rule -> byTopic.computeIfAbsent(rule.topic(), t -> new ArrayList<>()).add(rule));
        List<Topic> topics = new ArrayList<>();
        byTopic.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(topic -> {
            List<Entry> entries = new ArrayList<>();
            Set<String> files = new TreeSet<>();
            for (RuleInfo rule : topic.getValue()) {
                files.add(rule.source());
                RuleConclusions.Conclusions c = conclusions.of(rule.name());
                List<String> gaps = c.gaps().stream().map(code -> code + " (" + gapCatalog.find(code)
                        .map(e -> e.severity().name()).orElse("not in " + GapCatalog.FILE) + ")").toList();
                List<CitedFact> facts = rule.factIds().stream()
                        .map(id -> new CitedFact(id, factCatalog.find(id).map(Fact::text).orElse(null))).toList();
                entries.add(new Entry(rule, facts, gaps, List.copyOf(c.models()), List.copyOf(c.questions()),
                        List.copyOf(scenariosByRule.getOrDefault(rule.name(), List.of()))));
            }
            topics.add(new Topic(topic.getKey(), List.copyOf(files), List.copyOf(entries)));
        });

        Set<String> codes = new TreeSet<>(gapCatalog.entries().keySet());
        codes.addAll(conclusions.gapCodes());
        List<GapCode> gapCodes = new ArrayList<>();
        for (String code : codes) {
            GapCatalog.Entry entry = gapCatalog.find(code).orElse(null);
            long present = scenarios.results().stream().filter(r -> r.scenario().expect().gaps().contains(code)).count();
            long absent = scenarios.results().stream().filter(r -> r.scenario().expect().noGaps().contains(code)).count();
            gapCodes.add(new GapCode(code, entry == null ? null : entry.severity().name(),
                    entry == null ? null : entry.reference(), conclusions.rulesRaising(code), present, absent));
        }
        FactCitations citations = FactCitations.of(ruleSet, factCatalog);
        List<FactUse> facts = factCatalog.all().stream().map(fact -> new FactUse(fact,
                citations.rulesCiting(fact.id()).stream().map(RuleInfo::name).toList())).toList();
        return new RuleCatalog(List.copyOf(topics), List.copyOf(gapCodes), facts, ruleSet.ruleCount(),
                scenarios.results().size());
    }
}
