package com.expressrouteadvisor.authoring;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;

/**
 * One rule scenario from a YAML file under {@code rules/scenarios/}: given a profile, expect this advice.
 * A scenario that cannot be run as written (unknown keys, a missing name) carries its {@code problems} and
 * fails with them, so a typo never turns a check into one that always passes.
 *
 * @param file     the scenario file as shown to the user
 * @param relative the file relative to the scenarios folder, with '/' on every platform
 * @param line     1-based line where the scenario starts
 * @param name     what the scenario checks, in a consultant's words
 * @param given    the profile (CONTRACT §3) as written, or null when missing
 * @param expect   what must hold of the advice
 * @param problems why the scenario cannot be run as written; empty when it can
 * @param language the language of the advice, {@code en} or {@code nl} as {@code --lang} takes it
 * @param expectPlan what must hold of the customer's plan, or null when the scenario asks nothing of it
 */
public record Scenario(String file, String relative, int line, String name, JsonNode given, Expectation expect,
                       List<String> problems, String language, PlanExpectation expectPlan) {

    /** The languages a scenario may ask the advice in: those of {@code --lang}. */
    public static final List<String> LANGUAGES = List.of("en", "nl");

    public Scenario {
        problems = List.copyOf(problems);
    }

    /** A scenario of advice in English. */
    public Scenario(String file, String relative, int line, String name, JsonNode given, Expectation expect,
                    List<String> problems) {
        this(file, relative, line, name, given, expect, problems, "en", null);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** {@code FILE:LINE}, so an editor can jump to the scenario. */
    public String location() {
        return file + ":" + line;
    }
}
