package com.expressrouteadvisor.advice;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Output: a profile field the advisor needs, and why its answer matters; {@code decides} is {@code MODEL} or
 * {@code LAYER} when the answer may change the recommended model or layer (absent otherwise).
 */
public record OpenQuestion(String field, String why, @JsonInclude(JsonInclude.Include.NON_NULL) Decides decides) {

    public OpenQuestion(String field, String why) {
        this(field, why, null);
    }
}
