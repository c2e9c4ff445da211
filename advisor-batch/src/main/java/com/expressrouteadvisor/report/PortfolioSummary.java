package com.expressrouteadvisor.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The portfolio at a glance, counted one result at a time so a report of a million customers needs no
 * more memory than one of ten: customers per top model, the readiness funnel, gap frequencies, tiers.
 */
public final class PortfolioSummary {

    public static final String NO_MODEL = "no model fits";
    public static final String NO_TIER = "not concluded";

    private long customers;
    private long withModel;
    private long withoutBlocker;
    private long decided;
    private long ready;
    private long withQuestions;
    private final Map<String, Long> readiness = new TreeMap<>();
    private final Map<String, Long> topModels = new TreeMap<>();
    private final Map<String, Long> gaps = new TreeMap<>();
    private final Map<String, Long> tiers = new TreeMap<>();

    public void add(ResultRow row) {
        customers++;
        // Each stage of the funnel requires the ones before it, so it stays a funnel whatever the rule set.
        boolean model = row.topModel() != null;
        boolean noBlocker = model && row.blockers() == 0 && !"BLOCKED".equals(row.readiness());
        boolean complete = noBlocker && !"INCOMPLETE".equals(row.readiness());
        if (model) {
            withModel++;
        }
        if (noBlocker) {
            withoutBlocker++;
        }
        if (complete) {
            decided++;
        }
        if (complete && "READY".equals(row.readiness())) {
            ready++;
        }
        if (!row.questions().isEmpty()) {
            withQuestions++;
        }
        readiness.merge(row.readiness(), 1L, Long::sum);
        topModels.merge(row.topModel() == null ? NO_MODEL : row.topModel(), 1L, Long::sum);
        tiers.merge(row.resiliencyTier() == null ? NO_TIER : row.resiliencyTier(), 1L, Long::sum);
        row.gapCodes().forEach(code -> gaps.merge(code, 1L, Long::sum));
    }

    public long customers() {
        return customers;
    }

    public long withQuestions() {
        return withQuestions;
    }

    public Map<String, Long> readiness() {
        return readiness;
    }

    /** Customers per rank-1 model, most first. */
    public Map<String, Long> topModels() {
        return mostFirst(topModels, Integer.MAX_VALUE);
    }

    /**
     * Evaluated → a model fits → no blocker → no open question on the model or layer → ready without warnings:
     * each stage a subset of the one before.
     */
    public Map<String, Long> funnel() {
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("evaluated", customers);
        stages.put("a model fits", withModel);
        stages.put("no blocker", withoutBlocker);
        stages.put("model and layer decided", decided);
        stages.put("ready, no warning", ready);
        return stages;
    }

    /** The most frequent gap codes, with the number of customers each was found for. */
    public Map<String, Long> topGaps(int limit) {
        return mostFirst(gaps, limit);
    }

    public Map<String, Long> tiers() {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String tier : List.of("MAXIMUM", "HIGH", "STANDARD")) {
            if (tiers.containsKey(tier)) {
                ordered.put(tier, tiers.get(tier));
            }
        }
        tiers.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static Map<String, Long> mostFirst(Map<String, Long> counts, int limit) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
