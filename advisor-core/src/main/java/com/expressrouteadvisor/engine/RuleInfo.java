package com.expressrouteadvisor.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the rule set says about one rule: its topic (the file it lives in), the fact IDs it rests on
 * ({@code @factId} metadata) and all its other metadata ({@code @gap}, {@code @model}, …).
 *
 * @param file   the rule's file as shown in messages (the rules folder as given, then the relative path)
 * @param source the rule's file relative to the rules folder, with '/' on every platform
 * @param line   the line where the rule is written (for a decision table: the row of its values), 0 if unknown
 * @param stage  {@link Stages#MAIN} or the ruleflow group the rule waits for, e.g. {@link Stages#REVIEW}
 */
public record RuleInfo(String name, String packageName, String file, String topic, List<String> factIds,
                       Map<String, Object> metadata, String source, int line, String stage) {

    /** A metadata value that lists names, such as {@code @factId("A, B")} or {@code @gap("X Y")}, as its names. */
    public static List<String> metadataList(Object value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.toString().split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }
}
