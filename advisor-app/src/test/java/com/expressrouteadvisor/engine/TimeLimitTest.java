package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.support.CliRun;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rule that never lets an evaluation end — firing for ever under the firing limit, blocking in its
 * consequence, or spinning there — is stopped at the time limit; only that customer is lost.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TimeLimitTest {

    /** Far above what a customer takes on a loaded machine, far below for ever. */
    private static final long LIMIT_MILLIS = 2_000;

    @TempDir
    static Path temp;
    private static Path rules;
    private static Advisor advisor;

    @BeforeAll
    static void build() throws IOException {
        rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("stuck.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;

                declare Tick
                    count : long
                end

                rule "Counts for ever"
                    @factId("MODEL-FOUR")
                when
                    Customer( id == "keeps-firing" )
                    $tick : Tick( count >= 0 )
                then
                    modify($tick) { setCount($tick.getCount() + 1) };
                end

                rule "Starts counting"
                    @factId("MODEL-FOUR")
                when
                    Customer( id == "keeps-firing" )
                then
                    insert(new Tick(0));
                end

                rule "Waits for an answer that never comes"
                    @factId("MODEL-FOUR")
                when
                    Customer( id == "sleeps" )
                then
                    Thread.sleep(600_000);
                end

                rule "Spins in its consequence"
                    @factId("MODEL-FOUR")
                when
                    Customer( id == "spins" )
                then
                    long spins = 1;
                    while (spins > 0) {
                        spins = (spins + 1) & Long.MAX_VALUE | 1;
                    }
                end
                """);
        advisor = Advisor.builder().rules(rules).reference(TestAdvisors.REFERENCE)
                .maxFirings(Integer.MAX_VALUE).maxTime(Duration.ofMillis(LIMIT_MILLIS)).build();
        // The first evaluation in a JVM loads and initialises much of Drools; keep that out of the limit.
        advisor.evaluate(TestAdvisors.profile("{'id':'warm-up'}"));
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @Test
    void haltsARuleThatKeepsFiringUnderTheFiringLimit() {
        assertStoppedNaming("keeps-firing", "Counts for ever");
    }

    @Test
    void interruptsAConsequenceThatBlocks() {
        assertStoppedNaming("sleeps", "Waits for an answer that never comes");
    }

    @Test
    void stopsAConsequenceThatSpinsInPlainJava() {
        assertStoppedNaming("spins", "Spins in its consequence");
    }

    private static void assertStoppedNaming(String customer, String rule) {
        assertThatThrownBy(() -> advisor.evaluate(profile(customer)))
                .isInstanceOfSatisfying(EvaluationException.class, e -> {
                    assertThat(e.customerId()).isEqualTo(customer);
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.getMessage()).contains(LIMIT_MILLIS + " ms", rule, customer);
                });
        assertThat(Thread.interrupted()).as("the caller's thread is left without an interrupt").isFalse();
        // The advisor, and the thread that was stopped, go on evaluating as before.
        assertThat(advisor.evaluate(TestAdvisors.profile("{'id':'fine','azureSubscription':false}")).gaps())
                .anySatisfy(g -> assertThat(g.code()).isEqualTo("NO_AZURE_SUBSCRIPTION"));
    }

    @Test
    void aBatchRejectsTheStuckCustomersAndEvaluatesTheOthers() throws IOException {
        Path input = temp.resolve("portfolio.ndjson");
        Files.writeString(input, """
                {"id":"first","azureSubscription":true}
                {"id":"keeps-firing"}
                {"id":"sleeps"}
                {"id":"spins"}
                {"id":"last","azureSubscription":false}
                """);
        Path rejects = temp.resolve("rejects.ndjson");

        CliRun run = CliRun.of("evaluate", "--rules", rules.toString(), "--max-firings", "10000000",
                "--max-millis", "" + LIMIT_MILLIS, "--format", "ndjson", "--rejects", rejects.toString(), input.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out().lines().map(TimeLimitTest::customerId)).containsExactly("first", "last");
        assertThat(run.err()).contains("5 read, 2 evaluated, 3 rejected");
        assertThat(Files.readString(rejects)).contains("Counts for ever", "Waits for an answer that never comes",
                "Spins in its consequence", LIMIT_MILLIS + " ms");
    }

    @Test
    void refusesATimeLimitBelowOneMillisecond() {
        CliRun run = CliRun.of("evaluate", "--max-millis", "0", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--max-millis 0");
    }

    private static String customerId(String ndjsonLine) {
        try {
            return Json.mapper().readTree(ndjsonLine).get("customerId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CustomerProfile profile(String id) {
        return TestAdvisors.profile("{'id':'" + id + "'}");
    }
}
