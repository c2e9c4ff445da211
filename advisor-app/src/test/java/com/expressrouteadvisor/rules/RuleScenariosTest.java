package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.authoring.Scenario;
import com.expressrouteadvisor.authoring.ScenarioFiles;
import com.expressrouteadvisor.authoring.ScenarioResult;
import com.expressrouteadvisor.authoring.ScenarioRunner;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.RuleFiles;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scenario the consultants keep under rules/scenarios/ is a test of the build: a rule change that
 * breaks one fails {@code mvn verify}, with the scenario's file, line and what differed.
 */
class RuleScenariosTest {

    private static final Path SCENARIOS = TestAdvisors.RULES.resolve(RuleFiles.SCENARIOS);
    private static Advisor advisor;
    private static ScenarioRunner runner;

    @BeforeAll
    static void compileTheRules() {
        advisor = TestAdvisors.repository();
        runner = new ScenarioRunner(advisor);
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @TestFactory
    Stream<DynamicNode> everyScenarioUnderRulesScenariosPasses() {
        List<Scenario> scenarios = new ScenarioFiles().read(SCENARIOS);
        assertThat(scenarios).as("scenarios under " + SCENARIOS).isNotEmpty();
        Map<String, List<Scenario>> byFile = new LinkedHashMap<>();
        scenarios.forEach(s -> byFile.computeIfAbsent(s.relative(), f -> new java.util.ArrayList<>()).add(s));
        return byFile.entrySet().stream().map(file -> DynamicContainer.dynamicContainer(file.getKey(),
                source(file.getKey(), 0), file.getValue().stream().map(scenario -> DynamicTest.dynamicTest(
                        scenario.name(), source(file.getKey(), scenario.line()), () -> {
                            ScenarioResult result = runner.run(scenario);
                            assertThat(result.differences()).as(result.describe()).isEmpty();
                        }))));
    }

    /** Lets an IDE jump from a failed scenario to its line in the YAML file. */
    private static URI source(String relative, int line) {
        URI file = SCENARIOS.resolve(relative).toAbsolutePath().toUri();
        return line > 0 ? URI.create(file + "?line=" + line) : file;
    }
}
