package com.expressrouteadvisor.advice;

/** Output: a profile field the advisor needs, and why its answer matters. */
public record OpenQuestion(String field, String why) {
}
