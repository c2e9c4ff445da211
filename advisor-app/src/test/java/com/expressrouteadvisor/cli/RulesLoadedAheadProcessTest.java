package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.support.AdvisorProcess;
import com.expressrouteadvisor.support.AdvisorProcess.Run;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process that evaluates starts loading its rules before its command line is fully read: what it evaluates with
 * is still exactly the folder the command line names, in either spelling of {@code --rules}, and a folder that does
 * not compile still ends the command with the problems where they are written.
 */
class RulesLoadedAheadProcessTest {

    private static final Path CUSTOMER = Path.of("facts", "samples", "one-customer.json");
    private static final String BUNDLED_TEXT = "You are already in a colocation facility with a cloud exchange";

    @Test
    void theRulesFolderNamedWithEitherSpellingIsTheOneEvaluated(@TempDir Path temp) throws Exception {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Path messages = rules.resolve("messages").resolve("advice.properties");
        Files.writeString(messages, Files.readString(messages).replace(BUNDLED_TEXT, "Order cross-connects at the exchange"));

        Run spaced = advisor(temp, "explain", "--rules", rules.toString(), CUSTOMER.toString());
        Run joined = advisor(temp, "explain", "--rules=" + rules, CUSTOMER.toString());
        Run bundled = advisor(temp, "explain", CUSTOMER.toString());

        assertThat(spaced.exitCode()).as(spaced.err()).isZero();
        assertThat(spaced.out()).contains("Order cross-connects at the exchange").doesNotContain(BUNDLED_TEXT);
        assertThat(joined.out()).as(joined.err()).isEqualTo(spaced.out());
        assertThat(bundled.out()).as(bundled.err()).contains(BUNDLED_TEXT);
    }

    @Test
    void aRulesFolderThatDoesNotCompileEndsTheCommandWithItsProblems(@TempDir Path temp) throws Exception {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;

                rule "Never finished"
                when
                    Customer( id == )
                then
                end
                """);

        Run run = advisor(temp, "evaluate", "--rules", rules.toString(), "--format", "ndjson", CUSTOMER.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.err()).containsPattern("broken\\.drl:6:\\d+: ").doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    /** The advisor in a process of its own (through its {@code main}), with the compiled-rules cache off. */
    private static Run advisor(Path temp, String... args) {
        return AdvisorProcess.run(temp, Map.of("ADVISOR_RULES_CACHE", "off"), List.of(args));
    }
}
