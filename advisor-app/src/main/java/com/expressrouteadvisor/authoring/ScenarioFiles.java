package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.advice.ConnectivityModel;
import com.expressrouteadvisor.advice.Decides;
import com.expressrouteadvisor.advice.Layer;
import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.advice.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the scenario files of a folder: every {@code *.yaml} / {@code *.yml} below it, in path order, each a
 * list of scenarios (CONTRACT §7), with YAML anchors and merge keys resolved. Reading never fails on a consultant's mistake: a file that is not YAML or
 * not a list becomes one scenario that fails and says why, and so does a scenario with unknown keys.
 */
public final class ScenarioFiles {

    static final List<String> SCENARIO_KEYS = List.of("name", "given", "expect", "language", "expectPlan");

    /** Aliases ({@code *base}) one scenario file may use. */
    static final int MAX_ALIASES = 2_000;

    private static final ObjectMapper TREES = new ObjectMapper();

    /** Every scenario under the folder (or in the one file named); an empty list when there is none. */
    public List<Scenario> read(Path folder) {
        if (Files.isRegularFile(folder)) {
            String name = folder.getFileName().toString();
            return readFile(folder, folder.toString(), name);
        }
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Scenario> scenarios = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isRegularFile).filter(ScenarioFiles::isScenarioFile).sorted().toList()) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                scenarios.addAll(readFile(path, path.toString(), relative));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenarios folder " + folder + ": " + e.getMessage(), e);
        }
        return List.copyOf(scenarios);
    }

    static boolean isScenarioFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    List<Scenario> readFile(Path path, String display, String relative) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + display + ": " + e.getMessage(), e);
        }
        Node root;
        Object document;
        try {
            Yaml yaml = yaml();
            root = yaml.compose(new StringReader(text));
            document = yaml.load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = (e.getContext() != null ? e.getContext() + ", " : "") + e.getProblem();
            return List.of(fileProblem(display, relative, mark == null ? 0 : mark.getLine() + 1,
                    "not valid YAML: " + problem.replaceAll("\\s*\\R\\s*", " ")));
        } catch (YAMLException e) {
            return List.of(fileProblem(display, relative, 0, "not valid YAML: " + e.getMessage()));
        }
        if (root == null) {
            return List.of(); // an empty file holds no scenarios
        }
        if (!(root instanceof SequenceNode sequence) || !(document instanceof List<?> items)) {
            return List.of(fileProblem(display, relative, root.getStartMark().getLine() + 1,
                    "a scenario file is a list of scenarios, each starting with '- name:'"));
        }
        List<Scenario> scenarios = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            int line = sequence.getValue().get(i).getStartMark().getLine() + 1;
            Scenario scenario = scenario(TREES.valueToTree(items.get(i)), display, relative, line);
            Integer previous = names.putIfAbsent(scenario.name(), line);
            if (previous != null) {
                List<String> problems = new ArrayList<>(scenario.problems());
                problems.add("another scenario in this file, at line " + previous + ", has the same name");
                scenario = new Scenario(display, relative, line, scenario.name(), scenario.given(),
                        scenario.expect(), problems, scenario.language(), scenario.expectPlan());
            }
            scenarios.add(scenario);
        }
        return scenarios;
    }

    /**
     * SnakeYAML resolves anchors, aliases and merge keys ({@code <<: *base}), which Jackson's YAML reader leaves
     * unresolved; scenarios use them to share a base customer. Duplicate keys are refused, since the second
     * would silently win. SnakeYAML's default of 50 aliases guards against "billion laughs" documents but stops
     * a topic file of some twenty scenarios that each merge the base and two of its sections; scenario files are
     * the team's own, so the bound is raised to what a large topic file needs, not lifted. One instance per file:
     * Yaml is not thread-safe.
     */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        return new Yaml(new SafeConstructor(options));
    }

    private static Scenario fileProblem(String display, String relative, int line, String problem) {
        return new Scenario(display, relative, line, "(" + relative + ")", null, Expectation.NOTHING,
                List.of(problem));
    }

    private static Scenario scenario(JsonNode node, String display, String relative, int line) {
        List<String> problems = new ArrayList<>();
        if (node == null || !node.isObject()) {
            problems.add("a scenario is a mapping with name, given and expect, got " + kind(node));
            return new Scenario(display, relative, line, "(scenario at line " + line + ")", null,
                    Expectation.NOTHING, problems);
        }
        unknownKeys(node, SCENARIO_KEYS, "", problems);
        JsonNode nameNode = node.get("name");
        String name;
        if (nameNode == null || !nameNode.isValueNode() || nameNode.asText().isBlank()) {
            problems.add("name: every scenario needs a name that says what it checks");
            name = "(scenario at line " + line + ")";
        } else {
            name = nameNode.asText().strip();
        }
        JsonNode given = node.get("given");
        if (given == null || given.isNull()) {
            problems.add("given: the customer profile is missing");
            given = null;
        } else if (!given.isObject()) {
            problems.add("given: expected a customer profile (a mapping), got " + kind(given));
            given = null;
        } else if (!given.has("id")) {
            // The id only names the result; the scenario's name serves when the author leaves it out.
            given = ((ObjectNode) given.deepCopy()).put("id", name);
        }
        Expectation expect = expectation(node.get("expect"), problems);
        String language = node.hasNonNull("language") ? oneOf(node, "language", "", Scenario.LANGUAGES, problems)
                : null;
        return new Scenario(display, relative, line, name, given, expect, problems,
                language == null ? Scenario.LANGUAGES.get(0) : language,
                planExpectation(node.get("expectPlan"), problems));
    }

    private static PlanExpectation planExpectation(JsonNode node, List<String> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add("expectPlan: expected a mapping of " + String.join(", ", PlanExpectation.KEYS) + ", got "
                    + kind(node));
            return null;
        }
        unknownKeys(node, PlanExpectation.KEYS, "expectPlan.", problems);
        List<String> changes = node.hasNonNull("changes") ? list(node, "changes", problems) : null;
        if (changes != null) {
            changes.stream().filter(c -> !c.contains("=")).forEach(c -> problems.add("expectPlan.changes: '" + c
                    + "' is not field=value, e.g. azure.sku=PREMIUM"));
        }
        return new PlanExpectation(
                oneOf(node, "status", names(com.expressrouteadvisor.advice.PlanStatus.values()), problems),
                oneOf(node, "readinessAfter", names(Readiness.values()), problems),
                changes,
                number(node, "totalCost", problems),
                number(node, "maxChanges", problems),
                oneOf(node, "goal", PlanExpectation.GOALS, problems));
    }

    private static Integer number(JsonNode node, String key, List<String> problems) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || value.asInt() < 0) {
            problems.add("expectPlan." + key + ": expected a whole number, got " + kind(value));
            return null;
        }
        return value.asInt();
    }

    private static Expectation expectation(JsonNode node, List<String> problems) {
        if (node == null || node.isNull()) {
            return Expectation.NOTHING;
        }
        if (!node.isObject()) {
            problems.add("expect: expected a mapping of " + String.join(", ", Expectation.KEYS) + ", got "
                    + kind(node));
            return Expectation.NOTHING;
        }
        unknownKeys(node, Expectation.KEYS, "expect.", problems);
        List<String> models = node.hasNonNull("models") ? list(node, "models", problems) : null;
        if (models != null) {
            models.stream().filter(m -> !MODELS_AT_LAYERS.contains(m)).forEach(m -> problems.add("expect.models: '"
                    + m + "' is not MODEL/LAYER, such as CLOUD_EXCHANGE_COLOCATION/LAYER2"
                    + Suggestions.didYouMean(m, MODELS_AT_LAYERS)));
        }
        return new Expectation(
                oneOf(node, "topModel", names(ConnectivityModel.values()), problems),
                oneOf(node, "layer", names(Layer.values()), problems),
                list(node, "gaps", problems),
                list(node, "noGaps", problems),
                oneOf(node, "readiness", names(Readiness.values()), problems),
                list(node, "questions", problems),
                list(node, "noQuestions", problems),
                node.hasNonNull("onlyGaps") ? list(node, "onlyGaps", problems) : null,
                node.hasNonNull("onlyQuestions") ? list(node, "onlyQuestions", problems) : null,
                models,
                decides(node.get("decides"), problems),
                resiliency(node.get("resiliency"), problems),
                wording(node.get("wording"), problems));
    }

    private static final List<String> MODELS_AT_LAYERS = Arrays.stream(ConnectivityModel.values())
            .flatMap(m -> Arrays.stream(Layer.values()).map(l -> m + "/" + l)).toList();

    private static final List<String> DECIDES = List.of(Decides.MODEL.name(), Decides.LAYER.name(),
            Expectation.DECIDES_NOTHING);

    private static Map<String, String> decides(JsonNode node, List<String> problems) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            problems.add("expect.decides: expected a mapping of question fields to MODEL, LAYER or NOTHING, got "
                    + kind(node));
            return Map.of();
        }
        Map<String, String> decides = new LinkedHashMap<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            String value = oneOf(node, field, "expect.decides.", DECIDES, problems);
            if (value != null) {
                decides.put(field, value);
            }
        }
        return decides;
    }

    private static Expectation.ResiliencyExpectation resiliency(JsonNode node, List<String> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add("expect.resiliency: expected a mapping such as { tier: MAXIMUM, score: 100 }, got "
                    + kind(node));
            return null;
        }
        unknownKeys(node, List.of("tier", "score"), "expect.resiliency.", problems);
        JsonNode tier = node.get("tier");
        JsonNode score = node.get("score");
        if (score != null && !score.isNull() && !score.canConvertToExactIntegral()) {
            problems.add("expect.resiliency.score: expected a whole number, got " + kind(score));
            score = null;
        }
        return new Expectation.ResiliencyExpectation(tier == null || tier.isNull() ? null : tier.asText().strip(),
                score == null || score.isNull() ? null : score.intValue());
    }

    private static List<WordingExpectation> wording(JsonNode node, List<String> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add("expect.wording: expected a list of items that each start with gap, question or "
                    + "recommendation, got " + kind(node));
            return List.of();
        }
        List<WordingExpectation> items = new ArrayList<>();
        for (JsonNode item : node) {
            WordingExpectation wording = wordingItem(item, problems);
            if (wording != null) {
                items.add(wording);
            }
        }
        return items;
    }

    private static WordingExpectation wordingItem(JsonNode item, List<String> problems) {
        String prefix = "expect.wording.";
        if (item != null && item.isObject() && item.has("gap")) {
            unknownKeys(item, WordingExpectation.Gap.KEYS, prefix, problems);
            JsonNode count = item.get("count");
            if (count != null && !count.isNull() && !count.canConvertToExactIntegral()) {
                problems.add(prefix + "count: expected a whole number, got " + kind(count));
                count = null;
            }
            return new WordingExpectation.Gap(item.get("gap").asText().strip(),
                    item.hasNonNull("severity") ? oneOf(item, "severity", prefix, names(Severity.values()), problems)
                            : null,
                    count == null || count.isNull() ? null : count.intValue(),
                    text(item, "message", problems), text(item, "remediation", problems),
                    text(item, "rule", problems));
        }
        if (item != null && item.isObject() && item.has("question")) {
            unknownKeys(item, WordingExpectation.Question.KEYS, prefix, problems);
            return new WordingExpectation.Question(item.get("question").asText().strip(), text(item, "why", problems));
        }
        if (item != null && item.isObject() && item.has("recommendation")) {
            unknownKeys(item, WordingExpectation.Recommendation.KEYS, prefix, problems);
            JsonNode rank = item.get("recommendation");
            if (!rank.canConvertToExactIntegral() || rank.intValue() < 1) {
                problems.add(prefix + "recommendation: expected a rank (1 = best), got " + kind(rank));
                return null;
            }
            return new WordingExpectation.Recommendation(rank.intValue(), text(item, "title", problems),
                    text(item, "rule", problems), list(item, "reasons", problems));
        }
        problems.add("expect.wording: every item starts with gap: CODE, question: FIELD or recommendation: RANK, got "
                + kind(item));
        return null;
    }

    /** A text expectation: a string the text must contain, or a mapping of is, startsWith, contains, lacks. */
    private static TextExpectation text(JsonNode item, String key, List<String> problems) {
        JsonNode node = item.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return new TextExpectation(null, null, List.of(node.asText()), List.of());
        }
        if (!node.isObject()) {
            problems.add("expect.wording." + key + ": expected a phrase or a mapping of "
                    + String.join(", ", TextExpectation.KEYS) + ", got " + kind(node));
            return null;
        }
        unknownKeys(node, TextExpectation.KEYS, "expect.wording." + key + ".", problems);
        return new TextExpectation(node.hasNonNull("is") ? node.get("is").asText() : null,
                node.hasNonNull("startsWith") ? node.get("startsWith").asText() : null,
                phrases(node, "contains", key, problems), phrases(node, "lacks", key, problems));
    }

    /** Like {@link #list} but keeps each phrase exactly, spaces included. */
    private static List<String> phrases(JsonNode node, String key, String parent, List<String> problems) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isValueNode()) {
            return List.of(value.asText()); // a number such as 65517 is a phrase too
        }
        List<String> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> {
                if (item.isValueNode() && !item.asText().isEmpty()) {
                    items.add(item.asText());
                } else {
                    problems.add("expect.wording." + parent + "." + key + ": every item must be a phrase, got "
                            + kind(item));
                }
            });
        } else {
            problems.add("expect.wording." + parent + "." + key + ": expected a phrase or a list of phrases, got "
                    + kind(value));
        }
        return items;
    }

    private static void unknownKeys(JsonNode node, List<String> known, String prefix, List<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                problems.add(prefix + key + ": unknown key" + Suggestions.didYouMean(key, known) + "; known keys: "
                        + String.join(", ", known));
            }
        }
    }

    private static String oneOf(JsonNode node, String key, List<String> allowed, List<String> problems) {
        return oneOf(node, key, "expect.", allowed, problems);
    }

    private static String oneOf(JsonNode node, String key, String prefix, List<String> allowed,
                                List<String> problems) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        if (!value.isTextual() || !allowed.contains(text)) {
            problems.add(prefix + key + ": '" + text + "' is not one of " + String.join(", ", allowed)
                    + (value.isTextual() ? Suggestions.didYouMean(text, allowed) : ""));
            return null;
        }
        return text;
    }

    private static List<String> list(JsonNode node, String key, List<String> problems) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return List.of(value.asText().strip()); // "gaps: NAT_REQUIRED" means a list of one
        }
        if (!value.isArray()) {
            problems.add("expect." + key + ": expected a list such as [A, B], got " + kind(value));
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank()) {
                problems.add("expect." + key + ": every item must be a name, got " + kind(item));
            } else {
                items.add(item.asText().strip());
            }
        }
        return items;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isNull()) {
            return "nothing";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        return "'" + node.asText() + "'";
    }
}
