package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.Question;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule may delete a fact another rule inserted; the pooled session that evaluated it is emptied of the rest and
 * serves the next customers as a fresh one would, without a word from Drools about facts that were already gone.
 */
class RetractingRuleTest {

    private static final String ENCRYPTION = "security.encryptionRequired";

    private static Path rulesThatWithdrawAQuestion(Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("withdraw.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;
                import com.expressrouteadvisor.advice.Question;

                rule "A customer who asked not to be asked about encryption is not asked"
                    @factId("MODEL-FOUR")
                when
                    Customer( id == "withdraws" )
                    $asked : Question( field == "security.encryptionRequired" )
                then
                    delete($asked);
                end
                """);
        return rules;
    }

    @Test
    void aSessionWhoseRuleDeletedAFactServesTheNextCustomersAsAFreshOne(@TempDir Path temp) throws IOException {
        CustomerProfile withdraws = TestAdvisors.profile("{'id':'withdraws'}");
        CustomerProfile plain = TestAdvisors.profile("{'id':'plain'}");
        List<Evaluation> results = new ArrayList<>();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true);
        System.setOut(capture);
        System.setErr(capture);
        try (Advisor advisor = Advisor.builder().rules(rulesThatWithdrawAQuestion(temp))
                .reference(TestAdvisors.REFERENCE).build()) {
            for (int i = 0; i < 3; i++) { // one thread: every evaluation reuses the one pooled session
                results.add(advisor.evaluate(withdraws));
                results.add(advisor.evaluate(plain));
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(fields(results.get(0))).isNotEmpty().doesNotContain(ENCRYPTION);
        assertThat(fields(results.get(1))).contains(ENCRYPTION);
        for (int i = 2; i < results.size(); i++) {
            assertThat(results.get(i)).as("evaluation %d", i).isEqualTo(results.get(i % 2));
        }
        assertThat(captured.toString()).isEmpty();
    }

    private static List<String> fields(Evaluation evaluation) {
        return evaluation.questions().stream().map(q -> q.field()).toList();
    }
}
