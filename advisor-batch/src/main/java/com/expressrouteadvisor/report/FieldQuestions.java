package com.expressrouteadvisor.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A profile field asked as a question ("Can the customer run BGP on its own edge routers?" for
 * {@code routing.bgpCapable}), in English or Dutch: the labels the workbench page shows
 * ({@code workbench/i18n/en.json}, {@code nl.json}), one home for both the page and the text outputs.
 */
final class FieldQuestions {

    private static final Map<String, JsonNode> LOADED = new ConcurrentHashMap<>();

    private final JsonNode fields;

    FieldQuestions(Locale language) {
        String lang = "nl".equals(language.getLanguage()) ? "nl" : "en";
        this.fields = LOADED.computeIfAbsent(lang, FieldQuestions::load);
    }

    /** The question for {@code field}, or the field's path when the page has no label for it. */
    String ask(String field) {
        JsonNode label = fields.get(field);
        return label == null ? field : label.asText();
    }

    private static JsonNode load(String lang) {
        String resource = "/workbench/i18n/" + lang + ".json";
        try (InputStream in = FieldQuestions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("this build lacks " + resource);
            }
            return Json.mapper().readTree(in).path("fields");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
