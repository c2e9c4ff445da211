package com.expressrouteadvisor.advice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/**
 * A rule that fired during one evaluation, with the topic (its file) and the fact IDs it rests on.
 * In JSON it is just the rule name, as CONTRACT §4 shows {@code firedRules}; {@code explain} prints the rest.
 */
public record FiredRule(@JsonValue String name, String topic, List<String> factIds) {

    @JsonCreator
    public static FiredRule named(String name) {
        return new FiredRule(name, null, List.of());
    }
}
