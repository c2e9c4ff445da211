package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample portfolio does what facts/samples/README.md says, row by row, and together its profiles show every
 * gap code the rule set knows.
 */
@ExtendWith(AdvisorExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamplePortfolioTest {

    private static final Path SAMPLES = Path.of("facts", "samples");
    private static final Pattern ROW = Pattern.compile(
            "^\\| (\\d+|one) \\| `([^`]+)` \\| .*? \\| (.*?) \\| (.*?) \\| (\\w+) \\| (\\w+) \\((\\d+)\\) \\| .*\\|$");
    private static final Pattern CODE = Pattern.compile("`([A-Z0-9_]+)`");

    /** One row of the README table. */
    record Expected(String id, List<String> models, Set<String> gaps, String readiness, String tier, int score) {
    }

    private final Scenarios scenarios;
    private final Map<String, Evaluation> results = new LinkedHashMap<>();
    private List<Expected> expected;

    SamplePortfolioTest(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    @BeforeAll
    void evaluateTheSamples() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ProfileParser parser = new ProfileParser();
        List<JsonNode> records = new ArrayList<>();
        mapper.readTree(SAMPLES.resolve("portfolio.json").toFile()).forEach(records::add);
        records.add(mapper.readTree(SAMPLES.resolve("one-customer.json").toFile()));
        for (JsonNode record : records) {
            ParsedProfile parsed = parser.parse(record);
            assertThat(parsed.errors()).as(record.path("id").asText()).isEmpty();
            results.put(parsed.id(), scenarios.advisor().evaluate(parsed.profile()));
        }
        expected = readme();
    }

    @Test
    void theReadmeListsEverySampleProfileOnce() {
        assertThat(expected).extracting(Expected::id).containsExactlyInAnyOrderElementsOf(results.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyProfileProducesWhatTheReadmeSays() {
        return expected.stream().map(row -> DynamicTest.dynamicTest(row.id(), () -> {
            Evaluation result = results.get(row.id());
            assertThat(result).as(row.id() + " is in the sample files").isNotNull();
            assertThat(result.recommendations()).extracting(r -> r.model() + "/" + r.layer())
                    .as(row.id() + " models").containsExactlyElementsOf(row.models());
            Set<String> gaps = result.gaps().stream().map(GapFinding::code).collect(Collectors.toCollection(TreeSet::new));
            assertThat(gaps).as(row.id() + " gaps").containsExactlyInAnyOrderElementsOf(row.gaps());
            assertThat(result.readiness().name()).as(row.id() + " readiness").isEqualTo(row.readiness());
            assertThat(result.resiliency().tier().name()).as(row.id() + " tier").isEqualTo(row.tier());
            assertThat(result.resiliency().score()).as(row.id() + " score").isEqualTo(row.score());
        }));
    }

    @Test
    void thePortfolioShowsEveryGapCode() {
        Set<String> shown = results.values().stream().flatMap(e -> e.gaps().stream()).map(GapFinding::code)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(shown).containsAll(scenarios.advisor().ruleSet().gapCatalog().entries().keySet());
    }

    @Test
    void theOneCustomerSampleAsksWhetherMicrosoft365IsAuthorized() {
        assertThat(results.get("havenstad-logistiek-nl").questions()).extracting(q -> q.field())
                .containsExactly("workloads.microsoft365Authorized");
    }

    private static List<Expected> readme() throws IOException {
        List<Expected> rows = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLES.resolve("README.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.add(new Expected(m.group(2), models(m.group(3)), codes(m.group(4)), m.group(5), m.group(6),
                        Integer.parseInt(m.group(7))));
            }
        }
        assertThat(rows).as("rows parsed from the README table").hasSizeGreaterThan(30);
        return rows;
    }

    private static List<String> models(String cell) {
        if (cell.equals("none")) {
            return List.of();
        }
        return Stream.of(cell.split("<br>")).map(pair -> pair.replace("`", "").replace(" / ", "/").trim()).toList();
    }

    private static Set<String> codes(String cell) {
        Set<String> codes = new TreeSet<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
