package com.expressrouteadvisor.engine;

import java.util.List;
import java.util.Map;

/**
 * What the rule set says about one rule: its topic (the file it lives in), the fact IDs it rests on
 * ({@code @factId} metadata) and all its other metadata ({@code @gap}, {@code @model}, …).
 */
public record RuleInfo(String name, String packageName, String file, String topic, List<String> factIds,
                       Map<String, Object> metadata) {
}
