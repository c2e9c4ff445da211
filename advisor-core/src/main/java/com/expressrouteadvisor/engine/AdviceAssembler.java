package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.AdviceTexts;
import com.expressrouteadvisor.advice.Decides;
import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.FiredRule;
import com.expressrouteadvisor.advice.Gap;
import com.expressrouteadvisor.advice.GapCatalog;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.Question;
import com.expressrouteadvisor.advice.RankedRecommendation;
import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.advice.Recommendation;
import com.expressrouteadvisor.advice.Resiliency;
import com.expressrouteadvisor.advice.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the conclusions of one evaluation into the result of CONTRACT §4: ranks recommendations by score,
 * fills gap texts from the catalog and bundles in the wanted language, and derives readiness. Asked without
 * texts, it formats none (the costly part for outputs that show only codes) and keeps the keys and arguments.
 */
final class AdviceAssembler {

    private final RuleSet ruleSet;

    AdviceAssembler(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** Keys of the maps below: records, so no string is built per conclusion. */
    private record ModelAndLayer(Object model, Object layer) {
    }

    /** A gap is one per code and words (see {@link #distinct}). */
    private record GapKey(String code, String words) {
    }

    Evaluation assemble(String customerId, ConclusionRecorder recorder, EvaluationOptions options) {
        Locale language = options.language();
        AdviceTexts texts = ruleSet.texts();
        boolean withTexts = options.texts();
        Map<ModelAndLayer, Recommendation> bestPerModelAndLayer = new LinkedHashMap<>();
        List<GapFinding> gaps = new ArrayList<>();
        // A field asked by several rules is one question; it decides what any of those rules says it decides.
        Map<String, Decides> questionFields = new LinkedHashMap<>();
        Resiliency resiliency = null;

        for (ConclusionRecorder.Conclusion conclusion : recorder.conclusions()) {
            Object fact = conclusion.fact();
            if (fact instanceof Recommendation r) {
                // Two rules may reach the same model and layer; the better score stands.
                bestPerModelAndLayer.merge(new ModelAndLayer(r.model(), r.layer()), r,
                        (a, b) -> b.score() > a.score() ? b : a);
            } else if (fact instanceof Gap g) {
                gaps.add(finding(g, conclusion.rule(), texts, language, withTexts));
            } else if (fact instanceof Question q) {
                if (questionFields.get(q.field()) == null) {
                    questionFields.put(q.field(), q.decides()); // null: decides nothing, so far
                }
            } else if (fact instanceof Resiliency r) {
                resiliency = r;
            }
        }

        List<Recommendation> ordered = new ArrayList<>(bestPerModelAndLayer.values());
        ordered.sort(Recommendation.BEST_FIRST);
        List<RankedRecommendation> recommendations = new ArrayList<>(ordered.size());
        for (Recommendation r : ordered) {
            String rule = recorder.ruleOf(r.fit());
            List<String> reasonKeys = r.reasons().stream().distinct().toList();
            recommendations.add(new RankedRecommendation(recommendations.size() + 1, r.model(), r.layer(),
                    withTexts ? texts.recommendationTitle(r.model(), r.layer(), language) : null, r.score(),
                    rule != null ? rule : recorder.ruleOf(r),
                    withTexts ? reasonKeys.stream().map(key -> texts.reason(key, language)).toList() : null,
                    reasonKeys));
        }

        List<GapFinding> gapList = distinct(gaps, texts, language);
        gapList.sort(Comparator.comparing(GapFinding::severity).thenComparing(GapFinding::code));
        List<OpenQuestion> questions = questionFields.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(q -> new OpenQuestion(q.getKey(), withTexts ? texts.question(q.getKey(), language) : null,
                        q.getValue()))
                .toList();
        boolean openDecision = questions.stream().anyMatch(q -> q.decides() != null);
        Readiness readiness = Readiness.of(gapList.stream().map(GapFinding::severity).toList(), openDecision);
        List<FiredRule> fired = options.explain() ? firedRules(recorder) : null;
        return new Evaluation(customerId, readiness, List.copyOf(recommendations), List.copyOf(gapList), questions,
                resiliency, fired, withTexts ? fallbacks(texts, language, recorder, ordered, questions) : List.of(),
                ruleSet.info());
    }

    /**
     * The gaps as the result shows them: two of one code whose messages read the same are one gap, the first (with
     * or without texts, so that both list the same gaps). A code seldom repeats, so only then are messages compared,
     * and formatted for that when the result has no texts.
     */
    private static List<GapFinding> distinct(List<GapFinding> findings, AdviceTexts texts, Locale language) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        boolean repeated = false;
        for (GapFinding finding : findings) {
            repeated |= !codes.add(finding.code());
        }
        if (!repeated) {
            return findings;
        }
        Map<GapKey, GapFinding> byWords = new LinkedHashMap<>();
        for (GapFinding f : findings) {
            String words = f.message() != null ? f.message() : texts.gapMessage(f.code(), f.arguments(), language);
            byWords.putIfAbsent(new GapKey(f.code(), words), f);
        }
        return new ArrayList<>(byWords.values());
    }

    /** The keys of the texts this result shows, that the language asked for lacks and English has. */
    private static List<String> fallbacks(AdviceTexts texts, Locale language, ConclusionRecorder recorder,
                                          List<Recommendation> recommendations, List<OpenQuestion> questions) {
        if (language.getLanguage().equals(AdviceTexts.DEFAULT.getLanguage())) {
            return List.of(); // nothing can fall back to the language it is in
        }
        List<String> keys = new ArrayList<>();
        for (ConclusionRecorder.Conclusion conclusion : recorder.conclusions()) {
            if (conclusion.fact() instanceof Gap g) {
                keys.add("gap." + g.code() + ".message");
                keys.add("gap." + g.code() + ".remediation");
                keys.addAll(AdviceTexts.phraseKeys(g.arguments()));
            }
        }
        for (Recommendation r : recommendations) {
            keys.add("recommendation.title");
            keys.add("model." + r.model().name());
            keys.add("layer." + r.layer().name());
            r.reasons().forEach(reason -> keys.add("reason." + reason));
        }
        questions.forEach(q -> keys.add("question." + q.field()));
        return texts.fallbacks(keys, language);
    }

    private GapFinding finding(Gap gap, String rule, AdviceTexts texts, Locale language, boolean withTexts) {
        GapCatalog.Entry entry = ruleSet.gapCatalog().find(gap.code()).orElse(null);
        Severity severity = gap.severity() != null ? gap.severity()
                : entry != null ? entry.severity() : Severity.WARNING;
        return new GapFinding(gap.code(), severity,
                withTexts ? texts.gapMessage(gap.code(), gap.arguments(), language) : null,
                withTexts ? texts.gapRemediation(gap.code(), gap.arguments(), language) : null, rule,
                entry != null ? entry.reference() : null, gap.arguments());
    }

    private List<FiredRule> firedRules(ConclusionRecorder recorder) {
        List<FiredRule> fired = new ArrayList<>(recorder.fired().size());
        for (String name : recorder.fired()) {
            RuleInfo info = ruleSet.rule(name);
            fired.add(info == null ? FiredRule.named(name) : new FiredRule(name, info.topic(), info.factIds()));
        }
        return List.copyOf(fired);
    }
}
