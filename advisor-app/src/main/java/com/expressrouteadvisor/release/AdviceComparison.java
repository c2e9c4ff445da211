package com.expressrouteadvisor.release;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.FiredRule;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.RankedRecommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares one customer's advice from two rule sets. Both evaluations must have been made with the fired
 * rules included ({@code EvaluationOptions.explain}), so the rules whose firing changed can be named.
 */
public final class AdviceComparison {

    private AdviceComparison() {
    }

    /** The change, or empty when the advice is the same: readiness, ranking, gaps, questions, texts, resiliency. */
    public static Optional<CustomerChange> compare(Evaluation before, Evaluation after) {
        Map<CustomerChange.GapItem, GapFinding> gapsBefore = byKey(before.gaps(), AdviceComparison::gapItem);
        Map<CustomerChange.GapItem, GapFinding> gapsAfter = byKey(after.gaps(), AdviceComparison::gapItem);
        Map<String, OpenQuestion> questionsBefore = byKey(before.questions(), OpenQuestion::field);
        Map<String, OpenQuestion> questionsAfter = byKey(after.questions(), OpenQuestion::field);

        List<String> texts = new ArrayList<>();
        gapsBefore.forEach((item, gap) -> {
            GapFinding other = gapsAfter.get(item);
            if (other != null && !(Objects.equals(gap.message(), other.message())
                    && Objects.equals(gap.remediation(), other.remediation())
                    && Objects.equals(gap.reference(), other.reference()))) {
                texts.add("gap " + item.code());
            }
        });
        questionsBefore.forEach((field, question) -> {
            OpenQuestion other = questionsAfter.get(field);
            if (other != null && !(Objects.equals(question.why(), other.why())
                    && question.decides() == other.decides())) {
                texts.add("question " + field);
            }
        });
        Map<CustomerChange.Top, RankedRecommendation> rankedBefore = byKey(before.recommendations(), AdviceComparison::top);
        Map<CustomerChange.Top, RankedRecommendation> rankedAfter = byKey(after.recommendations(), AdviceComparison::top);
        rankedBefore.forEach((top, recommendation) -> {
            RankedRecommendation other = rankedAfter.get(top);
            if (other != null && !(Objects.equals(recommendation.reasons(), other.reasons())
                    && Objects.equals(recommendation.title(), other.title()))) {
                texts.add("reasons " + top);
            }
        });

        boolean rankingChanged = !List.copyOf(rankedBefore.keySet()).equals(List.copyOf(rankedAfter.keySet()));
        List<CustomerChange.GapItem> gapsAdded = missingFrom(gapsAfter.keySet(), gapsBefore.keySet());
        List<CustomerChange.GapItem> gapsRemoved = missingFrom(gapsBefore.keySet(), gapsAfter.keySet());
        List<String> questionsAdded = missingFrom(questionsAfter.keySet(), questionsBefore.keySet());
        List<String> questionsRemoved = missingFrom(questionsBefore.keySet(), questionsAfter.keySet());
        boolean resiliencyChanged = !Objects.equals(before.resiliency(), after.resiliency());

        boolean changed = before.readiness() != after.readiness() || rankingChanged || !gapsAdded.isEmpty()
                || !gapsRemoved.isEmpty() || !questionsAdded.isEmpty() || !questionsRemoved.isEmpty()
                || !texts.isEmpty() || resiliencyChanged;
        if (!changed) {
            return Optional.empty();
        }
        Set<String> firedBefore = fired(before);
        Set<String> firedAfter = fired(after);
        return Optional.of(new CustomerChange(after.customerId(), before.readiness(), after.readiness(),
                first(before), first(after), rankingChanged, gapsAdded, gapsRemoved, questionsAdded,
                questionsRemoved, List.copyOf(texts), resiliencyChanged,
                missingFrom(firedAfter, firedBefore), missingFrom(firedBefore, firedAfter)));
    }

    private static CustomerChange.GapItem gapItem(GapFinding gap) {
        return new CustomerChange.GapItem(gap.code(), gap.severity());
    }

    private static CustomerChange.Top top(RankedRecommendation recommendation) {
        return new CustomerChange.Top(recommendation.model(), recommendation.layer());
    }

    private static CustomerChange.Top first(Evaluation evaluation) {
        return evaluation.recommendations().isEmpty() ? null : top(evaluation.recommendations().get(0));
    }

    private static Set<String> fired(Evaluation evaluation) {
        Set<String> names = new LinkedHashSet<>();
        if (evaluation.firedRules() != null) {
            for (FiredRule rule : evaluation.firedRules()) {
                names.add(rule.name());
            }
        }
        return names;
    }

    /** The first of each key, in the evaluation's order (gaps and questions come sorted already). */
    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        Map<K, V> map = new LinkedHashMap<>();
        for (V value : values) {
            map.putIfAbsent(key.apply(value), value);
        }
        return map;
    }

    private static <K> List<K> missingFrom(Set<K> these, Set<K> others) {
        List<K> missing = new ArrayList<>();
        for (K key : these) {
            if (!others.contains(key)) {
                missing.add(key);
            }
        }
        return List.copyOf(missing);
    }
}
