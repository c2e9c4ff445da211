package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.advice.ConnectivityModel;
import com.expressrouteadvisor.advice.Layer;
import com.expressrouteadvisor.advice.Readiness;
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

    static final List<String> SCENARIO_KEYS = List.of("name", "given", "expect", "expectPlan");

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
                        scenario.expect(), problems);
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
        return new Scenario(display, relative, line, name, given, expect, problems,
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
        return new Expectation(
                oneOf(node, "topModel", names(ConnectivityModel.values()), problems),
                oneOf(node, "layer", names(Layer.values()), problems),
                list(node, "gaps", problems),
                list(node, "noGaps", problems),
                oneOf(node, "readiness", names(Readiness.values()), problems),
                list(node, "questions", problems));
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
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        if (!value.isTextual() || !allowed.contains(text)) {
            problems.add("expect." + key + ": '" + text + "' is not one of " + String.join(", ", allowed)
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
