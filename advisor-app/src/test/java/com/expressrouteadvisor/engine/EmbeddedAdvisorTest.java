package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.Plan;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.support.StandardStreams;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedding API of CONTRACT §6, used the way an application would use it. */
class EmbeddedAdvisorTest {

    private static final Path RULES = Path.of("rules");
    private static final Path REFERENCE = Path.of("facts", "reference");
    private static final EvaluationOptions EXPLAINED = EvaluationOptions.DEFAULT.withExplain(true);

    private static Advisor advisor;
    private static List<CustomerProfile> portfolio;

    @BeforeAll
    static void build() throws IOException {
        advisor = Advisor.builder().rules(RULES).reference(REFERENCE).build();
        JsonNode array = Json.mapper().readTree(Files.readAllBytes(Path.of("facts", "samples", "portfolio.json")));
        ProfileParser parser = new ProfileParser();
        portfolio = StreamSupport.stream(array.spliterator(), false).map(parser::parse)
                .map(ParsedProfile::profile).toList();
        assertThat(portfolio).hasSizeGreaterThan(10).doesNotContainNull();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void givesTheSameResultsFromManyThreadsAsFromOne() throws Exception {
        List<Evaluation> alone = portfolio.stream().map(p -> advisor.evaluate(p, EXPLAINED)).toList();

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> mismatches = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long seed = t;
            Callable<List<String>> caller = () -> {
                // Each thread walks the portfolio in its own order, so different customers meet in the engine.
                List<Integer> order = new ArrayList<>();
                for (int round = 0; round < 5; round++) {
                    for (int i = 0; i < portfolio.size(); i++) {
                        order.add(i);
                    }
                }
                Collections.shuffle(order, new Random(seed));
                List<String> wrong = new ArrayList<>();
                for (int i : order) {
                    Evaluation result = advisor.evaluate(portfolio.get(i), EXPLAINED);
                    if (!result.equals(alone.get(i))) {
                        wrong.add(portfolio.get(i).id());
                    }
                }
                return wrong;
            };
            mismatches.add(pool.submit(caller));
        }
        List<String> wrong = new ArrayList<>();
        for (Future<List<String>> f : mismatches) {
            wrong.addAll(f.get(100, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(wrong).isEmpty();
        assertThat(alone).allSatisfy(result -> assertThat(result.firedRules()).isNotEmpty());
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void givesTheSameResultsAndPlansOnceALongRunMovesToTheKieBaseWithoutRemedies() {
        try (Advisor fresh = Advisor.builder().rules(RULES).reference(REFERENCE).build()) {
            List<Evaluation> before = portfolio.stream().map(p -> fresh.evaluate(p, EXPLAINED)).toList();
            List<Plan> plansBefore = portfolio.stream().map(fresh::plan).toList();
            assertThat(plansBefore).anySatisfy(plan -> assertThat(plan.changes()).isNotEmpty());

            while (!fresh.evaluatesOnItsOwnKieBase()) { // after some hundred evaluations, built on a thread of its own
                portfolio.forEach(fresh::evaluate);
            }

            assertThat(portfolio.stream().map(p -> fresh.evaluate(p, EXPLAINED)).toList()).isEqualTo(before);
            assertThat(portfolio.stream().map(fresh::plan).toList()).isEqualTo(plansBefore);
        }
    }

    @Test
    void movedToTheKieBaseWithoutRemediesAtOnceItGivesTheSameResultsAndPlans() {
        try (Advisor fresh = Advisor.builder().rules(RULES).reference(REFERENCE).build()) {
            List<Evaluation> before = portfolio.stream().map(p -> fresh.evaluate(p, EXPLAINED)).toList();
            List<Plan> plansBefore = portfolio.stream().map(fresh::plan).toList();

            fresh.useOwnKieBaseForPlainEvaluationsNow(); // what a server does before a new rule set serves

            assertThat(fresh.evaluatesOnItsOwnKieBase()).isTrue();
            assertThat(portfolio.stream().map(p -> fresh.evaluate(p, EXPLAINED)).toList()).isEqualTo(before);
            assertThat(portfolio.stream().map(fresh::plan).toList()).isEqualTo(plansBefore);
        }
    }

    @Test
    void evaluatesAStreamInOrderAlsoInParallel() {
        List<Evaluation> oneByOne = portfolio.stream().map(advisor::evaluate).toList();

        List<Evaluation> streamed = advisor.evaluateAll(portfolio.stream()).toList();
        List<Evaluation> parallel = advisor.evaluateAll(portfolio.parallelStream()).toList();

        assertThat(streamed).isEqualTo(oneByOne);
        assertThat(parallel).isEqualTo(oneByOne);
        assertThat(streamed).extracting(Evaluation::customerId)
                .containsExactlyElementsOf(portfolio.stream().map(CustomerProfile::id).toList());
    }

    @Test
    void evaluatesAStreamLazily() {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        Stream<CustomerProfile> profiles = portfolio.stream().peek(p -> asked.add(p.id()));

        Stream<Evaluation> results = advisor.evaluateAll(profiles, EvaluationOptions.DEFAULT.withLanguage(Locale.forLanguageTag("nl")));
        assertThat(asked).isEmpty();
        assertThat(results.limit(2).toList()).hasSize(2);
        assertThat(asked).hasSize(2);
    }

    @Test
    void namesTheRuleSetVersionInEveryResult() {
        Evaluation result = advisor.evaluate(portfolio.get(0));

        assertThat(result.ruleSet().version()).isEqualTo(advisor.ruleSet().version()).startsWith("sha256:");
        assertThat(result.ruleSet().rules()).isEqualTo(advisor.ruleSet().ruleCount());
    }

    @Test
    void writesNothingToStandardOutputOrError() throws Exception {
        String printed = StandardStreams.printedBy(() -> {
            try (Advisor own = Advisor.builder().rules(RULES).reference(REFERENCE).build()) {
                own.evaluateAll(portfolio.stream(), EXPLAINED).forEach(result -> { });
            }
        });

        assertThat(printed).isEmpty();
    }

    @Test
    void failsToBuildFromBrokenRulesNamingFileLineAndColumn(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("broken.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;

                rule "Missing its parenthesis"
                when
                    Customer( azureSubscription == false
                then
                end
                """);

        assertThatThrownBy(() -> Advisor.builder().rules(folder).reference(REFERENCE).build())
                .isInstanceOf(RuleSetInvalidException.class)
                .satisfies(e -> assertThat(((RuleSetInvalidException) e).problems())
                        .isNotEmpty()
                        .allSatisfy(p -> assertThat(p.toString()).matches(".*broken\\.drl:\\d+:\\d+: .+")));
    }

    @Test
    void buildsFromThePackagedRulesWhenNoFolderIsGiven() {
        try (Advisor packaged = Advisor.builder().build()) {
            Evaluation result = packaged.evaluate(portfolio.get(0));

            assertThat(packaged.ruleSet().version()).isEqualTo(advisor.ruleSet().version());
            assertThat(result).isEqualTo(advisor.evaluate(portfolio.get(0)));
        }
    }

    @Test
    void refusesNullProfilesPlainly() {
        assertThatThrownBy(() -> advisor.evaluate(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("profile");
    }
}
