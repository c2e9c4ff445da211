package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.advice.AdviceTexts;
import com.expressrouteadvisor.advice.GapCatalog;
import com.expressrouteadvisor.engine.RuleInfo;
import com.expressrouteadvisor.engine.RuleProblem;
import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.reference.FactCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a rule set compiles with but should not ship with, as warnings in the {@code FILE:LINE:COLUMN} form:
 * rules that cite no fact ID or a fact ID the fact catalog does not hold (in {@code @factId} or in the
 * {@code fact_ids} of {@code gap-codes.csv}), gap codes missing from {@code gap-codes.csv} or without a message
 * and remediation in every language, and rules no scenario exercises. Facts no rule cites are no warning: the
 * catalog holds the whole fact sheet and the rules grow into it (see {@link FactCitations#uncited()}).
 */
public final class RuleLint {

    private final RuleSet ruleSet;
    private final FactCatalog facts;
    private final RuleConclusions conclusions;

    public RuleLint(RuleSet ruleSet, FactCatalog facts) {
        this.ruleSet = ruleSet;
        this.facts = facts;
        this.conclusions = RuleConclusions.of(ruleSet);
    }

    /**
     * @param scenarios    the scenarios run against this rule set; null when there were none to run
     * @param scenarioFolder where the scenarios were looked for, to name it when there are none
     */
    public List<RuleProblem> check(ScenarioRun scenarios, String scenarioFolder) {
        List<RuleProblem> warnings = new ArrayList<>();
        List<RuleInfo> rules = ruleSet.rules().values().stream().sorted(RuleOrder.BY_FILE_AND_LINE).toList();
        for (RuleInfo rule : rules) {
            if (rule.factIds().isEmpty()) {
                warnings.add(at(rule, "rule \"" + rule.name() + "\" has no @factId metadata: cite the fact IDs "
                        + "of the domain fact sheet it rests on, e.g. @factId(\"MODEL-COLO\")"));
            }
            for (String id : rule.factIds()) {
                if (!facts.contains(id)) {
                    warnings.add(at(rule, "rule \"" + rule.name() + "\" cites fact " + id + ", which is not in the "
                            + "fact catalog " + facts.file() + Suggestions.didYouMean(id, facts.ids())));
                }
            }
        }
        warnings.addAll(gapCatalogFactWarnings());
        warnings.addAll(gapCodeWarnings(rules));
        java.util.Set<String> codes = new TreeSet<>(ruleSet.gapCatalog().entries().keySet());
        codes.addAll(conclusions.gapCodes());
        warnings.addAll(new RemedyLint(ruleSet, codes).check(rules));
        warnings.addAll(scenarioWarnings(rules, scenarios, scenarioFolder));
        return warnings;
    }

    private List<RuleProblem> gapCodeWarnings(List<RuleInfo> rules) {
        List<RuleProblem> warnings = new ArrayList<>();
        GapCatalog catalog = ruleSet.gapCatalog();
        AdviceTexts texts = ruleSet.texts();
        Set<String> reported = new TreeSet<>();
        for (RuleInfo rule : rules) {
            for (String code : conclusions.of(rule.name()).gaps()) {
                if (!reported.add(code)) {
                    continue; // one warning per code, at the first rule that uses it
                }
                if (catalog.find(code).isEmpty()) {
                    warnings.add(at(rule, "gap code " + code + " is not in " + GapCatalog.FILE + ": add a line "
                            + code + ",SEVERITY,reference,FACT-IDS so results carry its severity"
                            + Suggestions.didYouMean(code, catalog.entries().keySet())));
                }
                for (String language : texts.languages()) {
                    Locale locale = Locale.forLanguageTag(language);
                    for (String part : List.of("message", "remediation")) {
                        String key = "gap." + code + "." + part;
                        if (!texts.has(key, locale)) {
                            warnings.add(at(rule, "gap code " + code + " has no " + part + " in "
                                    + bundle(language) + ": add " + key + "=…"));
                        }
                    }
                }
            }
        }
        return warnings;
    }

    /** Fact IDs in gap-codes.csv that the fact catalog does not hold, at the line of the code. */
    private List<RuleProblem> gapCatalogFactWarnings() {
        Path file = ruleSet.folder().resolve(GapCatalog.FILE);
        List<String> lines = lines(file);
        List<RuleProblem> warnings = new ArrayList<>();
        new TreeMap<>(ruleSet.gapCatalog().entries()).values().forEach(entry -> {
            for (String id : entry.factIds()) {
                if (!facts.contains(id)) {
                    int line = lineOf(lines, entry.code());
                    warnings.add(RuleProblem.warning(file.toString(), line, line > 0 ? 1 : 0, "gap code " + entry.code()
                            + " cites fact " + id + ", which is not in the fact catalog " + facts.file()
                            + Suggestions.didYouMean(id, facts.ids())));
                }
            }
        });
        return warnings;
    }

    private static List<String> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int lineOf(List<String> lines, String code) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(code + ",")) {
                return i + 1;
            }
        }
        return 0;
    }

    private List<RuleProblem> scenarioWarnings(List<RuleInfo> rules, ScenarioRun scenarios, String scenarioFolder) {
        if (scenarios == null || scenarios.results().isEmpty()) {
            return List.of(RuleProblem.warning(scenarioFolder, 0, 0, "no scenarios: no rule is exercised by one; "
                    + "add YAML scenarios here (see docs/authoring.md)"));
        }
        Set<String> exercised = new TreeSet<>();
        scenarios.results().forEach(r -> exercised.addAll(r.firedRules()));
        List<RuleProblem> warnings = new ArrayList<>();
        for (RuleInfo rule : rules) {
            if (!exercised.contains(rule.name())) {
                warnings.add(at(rule, "rule \"" + rule.name() + "\" fires in no scenario: add a scenario that "
                        + "exercises it"));
            }
        }
        return warnings;
    }

    private static String bundle(String language) {
        return AdviceTexts.FOLDER + "/" + AdviceTexts.BASE_NAME
                + (language.equals(AdviceTexts.DEFAULT.getLanguage()) ? "" : "_" + language) + ".properties";
    }

    private static RuleProblem at(RuleInfo rule, String message) {
        return RuleProblem.warning(rule.file(), rule.line(), rule.line() > 0 ? 1 : 0, message);
    }
}
