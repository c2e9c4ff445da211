package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.reference.ReferenceData;
import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.support.TestAdvisors;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A profile field lives in several places: the profile records (the one source; the CSV columns and the parser
 * follow them), the {@code Customer} fact and its mapping, the rule vocabulary, docs/contract.md, the OpenAPI
 * schema and, where a rule asks for it, a question text. This test checks every field of the records against
 * each of them and lists, per field, exactly which edit is missing.
 */
class ProfileFieldHomesTest {

    private static final Set<String> PROFILE_PATHS = RuleVocabulary.profilePaths(CustomerProfile.class, "").keySet();

    @Test
    void everyProfileFieldHasEachOfItsHomes() {
        RuleVocabulary vocabulary = RuleVocabulary.of(ReferenceData.load(TestAdvisors.REFERENCE).globals());
        Set<String> inCustomer = new TreeSet<>();
        vocabulary.fields().forEach(field -> inCustomer.add(field.path()));
        Set<String> inOpenApi = openApiPaths(read(Path.of("docs", "openapi.json"))
                .at("/components/schemas/CustomerProfile"), "");
        String contract = text(Path.of("docs", "contract.md"));

        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (String path : PROFILE_PATHS) {
            List<String> edits = new ArrayList<>();
            if (!inCustomer.contains(path)) {
                edits.add("a Customer field mapped from it (profile/Customer.java, Customer.of), or its path in "
                        + "authoring/rule-vocabulary.properties as customer.FIELD.path");
            }
            if (!inOpenApi.contains(path)) {
                edits.add("its property in docs/openapi.json, components.schemas.CustomerProfile");
            }
            if (!mentions(contract, path)) {
                edits.add("its place in docs/contract.md (§3's example, or `" + path + "` in §8)");
            }
            if (!edits.isEmpty()) {
                missing.put(path, edits);
            }
        }

        assertThat(missing).as("profile fields that lack a home; add:").isEmpty();
    }

    @Test
    void everyQuestionTheRulesAskIsAProfileFieldWithATextInEveryLanguage() {
        Set<String> asked = askedFields();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (String field : asked) {
            List<String> edits = new ArrayList<>();
            if (!PROFILE_PATHS.contains(field)) {
                edits.add("a profile field of that path: a question names the field whose answer it asks for");
            }
            for (String bundle : List.of("advice.properties", "advice_nl.properties")) {
                if (!text(TestAdvisors.RULES.resolve("messages").resolve(bundle)).contains("\nquestion." + field + "=")) {
                    edits.add("question." + field + " in rules/messages/" + bundle);
                }
            }
            if (!edits.isEmpty()) {
                missing.put(field, edits);
            }
        }

        assertThat(asked).as("questions found in the rules").hasSizeGreaterThan(10);
        assertThat(missing).as("questions the rules ask that lack:").isEmpty();
    }

    /** The fields of {@code new Question("…")} in DRL and of "ask for …" sentences in DSLR files. */
    private static Set<String> askedFields() {
        Set<String> fields = new TreeSet<>();
        Pattern drl = Pattern.compile("new (?:com\\.expressrouteadvisor\\.advice\\.)?Question\\(\"([^\"]+)\"");
        Pattern dslr = Pattern.compile("(?m)^\\s*ask for ([\\w.]+)");
        try (Stream<Path> files = Files.walk(TestAdvisors.RULES)) {
            files.filter(file -> file.toString().endsWith(".drl") || file.toString().endsWith(".dslr"))
                    .filter(file -> !file.startsWith(TestAdvisors.RULES.resolve("scenarios")))
                    .forEach(file -> {
                        String source = text(file);
                        for (Pattern pattern : List.of(drl, dslr)) {
                            Matcher m = pattern.matcher(source);
                            while (m.find()) {
                                fields.add(m.group(1));
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }

    /** A path is in the contract as {@code `a.b.c`}, or as the JSON key of its last segment in an example. */
    private static boolean mentions(String contract, String path) {
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        return contract.contains("`" + path + "`") || contract.contains("\"" + leaf + "\":");
    }

    /** Dotted paths of a schema's properties, objects (a null-or-object {@code oneOf}) opened up. */
    private static Set<String> openApiPaths(JsonNode schema, String prefix) {
        Set<String> paths = new TreeSet<>();
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode object = property.getValue().path("type").asText().equals("object") ? property.getValue() : null;
            for (JsonNode choice : property.getValue().path("oneOf")) {
                if ("object".equals(choice.path("type").asText())) {
                    object = choice;
                }
            }
            if (object != null && object.has("properties")) {
                paths.addAll(openApiPaths(object, prefix + property.getKey() + "."));
            } else {
                paths.add(prefix + property.getKey());
            }
        });
        return paths;
    }

    private static JsonNode read(Path file) {
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
