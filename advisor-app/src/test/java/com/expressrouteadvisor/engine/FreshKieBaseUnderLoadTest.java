package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.profile.Customer;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.support.BrokenRecordRun;
import com.expressrouteadvisor.support.TestAdvisors;
import com.fasterxml.jackson.databind.JsonNode;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rule set that has just been compiled is hit by many requests at once (a server's first seconds, the seconds
 * after a reload): every customer gets its result, and a customer whose rules fail costs no memory that stays.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FreshKieBaseUnderLoadTest {

    private static final int THREADS = 32;

    @Test
    void theKieBaseForPlainEvaluationsIsWiredBeforeItServes() {
        try (Advisor advisor = Advisor.builder().rules(TestAdvisors.RULES).reference(TestAdvisors.REFERENCE).build()) {
            KieBase lean = advisor.ruleSet().kieBaseForPlainEvaluations();
            RuleInfo rule = advisor.ruleSet().rules().values().stream()
                    .filter(r -> !Stages.REMEDY.equals(r.stage())).findFirst().orElseThrow();
            Object before = consequence(lean, rule);

            KieSession first = lean.newKieSession();
            first.insert(Customer.from(TestAdvisors.profile("{'id':'first'}")));
            first.dispose();

            // Rewiring on a request's first insert, while other requests fire the old invokers, is what broke one
            // rule for good in a whole process (duplicate class definition).
            assertThat(consequence(lean, rule)).isSameAs(before);
        }
    }

    @Test
    void manyEvaluationsStartingTogetherOnANewRuleSetAllGetTheirResults() throws Exception {
        List<CustomerProfile> portfolio = portfolio();
        List<String> expected;
        try (Advisor reference = Advisor.builder().rules(TestAdvisors.RULES).reference(TestAdvisors.REFERENCE)
                .build()) {
            expected = portfolio.stream().map(p -> json(reference.evaluate(p))).toList();
        }

        try (Advisor advisor = Advisor.builder().rules(TestAdvisors.RULES).reference(TestAdvisors.REFERENCE).build()) {
            advisor.useOwnKieBaseForPlainEvaluationsNow(); // as a server does before its first request
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<List<String>>> mismatches = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int offset = t * 7;
                    Callable<List<String>> caller = () -> {
                        start.await();
                        List<String> wrong = new ArrayList<>();
                        for (int i = 0; i < portfolio.size(); i++) {
                            int k = (i + offset) % portfolio.size();
                            try {
                                String got = json(advisor.evaluate(portfolio.get(k)));
                                if (!got.equals(expected.get(k))) {
                                    wrong.add(portfolio.get(k).id() + ": another result");
                                }
                            } catch (RuntimeException e) {
                                wrong.add(portfolio.get(k).id() + ": " + e.getMessage());
                            }
                        }
                        return wrong;
                    };
                    mismatches.add(pool.submit(caller));
                }
                start.countDown();
                for (Future<List<String>> f : mismatches) {
                    assertThat(f.get()).isEmpty();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aCustomerWhoseRuleThrowsAnErrorFailsAloneAndLeavesNoSessionBehind(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("breaks.drl"), TestAdvisors.RULE_THAT_THROWS_AN_ERROR);
        try (Advisor advisor = Advisor.builder().rules(rules).reference(TestAdvisors.REFERENCE).build()) {
            for (int i = 0; i < 200; i++) {
                CustomerProfile breaks = TestAdvisors.profile("{'id':'" + TestAdvisors.ERROR_CUSTOMER + "'}");
                assertThatThrownBy(() -> advisor.evaluate(breaks))
                        .isInstanceOfSatisfying(EvaluationException.class, e -> {
                            assertThat(e.customerId()).isEqualTo(TestAdvisors.ERROR_CUSTOMER);
                            assertThat(e.rule()).isEqualTo(TestAdvisors.ERROR_RULE);
                            assertThat(e.getMessage()).contains("the consequence could not be linked");
                        });
            }
            assertThat(advisor.evaluate(TestAdvisors.profile("{'id':'fine','azureSubscription':false}")).gaps())
                    .anySatisfy(g -> assertThat(g.code()).isEqualTo("NO_AZURE_SUBSCRIPTION"));

            // 200 failed sessions were let go: the pool holds what it started with, the KieBase none at all.
            assertThat(advisor.liveSessions()).isLessThanOrEqualTo(Runtime.getRuntime().availableProcessors() + 1);
            assertThat(advisor.ruleSet().kieBase().getKieSessions()).isEmpty();
        }
    }

    @Test
    void aBatchRejectsTheCustomerWhoseRuleThrowsAnErrorAndEvaluatesTheOthers(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("breaks.drl"), TestAdvisors.RULE_THAT_THROWS_AN_ERROR);

        BrokenRecordRun batch = BrokenRecordRun.of(temp, rules, TestAdvisors.ERROR_CUSTOMER);

        assertThat(batch.run().exitCode()).as(batch.run().err()).isEqualTo(4);
        assertThat(batch.run().out().lines()).hasSize(2);
        assertThat(batch.run().err()).contains("3 read, 2 evaluated, 1 rejected");
        assertThat(batch.rejects()).contains(TestAdvisors.ERROR_CUSTOMER, TestAdvisors.ERROR_RULE);
    }

    private static Object consequence(KieBase kieBase, RuleInfo rule) {
        return ((RuleImpl) kieBase.getRule(rule.packageName(), rule.name())).getConsequence();
    }

    private static List<CustomerProfile> portfolio() throws IOException {
        JsonNode array = Json.mapper().readTree(Files.readAllBytes(Path.of("facts", "samples", "portfolio.json")));
        ProfileParser parser = new ProfileParser();
        return StreamSupport.stream(array.spliterator(), false).map(parser::parse).map(ParsedProfile::profile)
                .toList();
    }

    private static String json(Evaluation evaluation) {
        try {
            return Json.mapper().writeValueAsString(evaluation);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
