package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.support.StandardStreams;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** A question another rule asked, deleted again by a rule of the consultant's. */
    private static final String WITHDRAWS_A_QUESTION = """
            package expressroute;
            import com.expressrouteadvisor.advice.Question;
            import com.expressrouteadvisor.profile.Customer;

            rule "A customer who asked not to be asked about encryption is not asked"
                @factId("MODEL-FOUR")
            when
                $asked : Question( field == "security.encryptionRequired" )
                Customer( id == "withdraws" )
            then
                delete($asked);
            end
            """;

    @Test
    void aSessionWhoseRuleDeletedAFactServesTheNextCustomersAsAFreshOne(@TempDir Path temp) throws Exception {
        CustomerProfile withdraws = TestAdvisors.profile("{'id':'withdraws'}");
        CustomerProfile plain = TestAdvisors.profile("{'id':'plain'}");
        Path rules = TestAdvisors.rulesWith(temp, "withdraw.drl", WITHDRAWS_A_QUESTION);
        List<Evaluation> results = new ArrayList<>();

        String printed = StandardStreams.printedBy(() -> {
            try (Advisor advisor = Advisor.builder().rules(rules).reference(TestAdvisors.REFERENCE).build()) {
                for (int i = 0; i < 3; i++) { // one thread: every evaluation reuses the one pooled session
                    results.add(advisor.evaluate(withdraws));
                    results.add(advisor.evaluate(plain));
                }
            }
        });

        assertThat(fields(results.get(0))).isNotEmpty().doesNotContain(ENCRYPTION);
        assertThat(fields(results.get(1))).contains(ENCRYPTION);
        for (int i = 2; i < results.size(); i++) {
            assertThat(results.get(i)).as("evaluation %d", i).isEqualTo(results.get(i % 2));
        }
        assertThat(printed).isEmpty();
    }

    private static List<String> fields(Evaluation evaluation) {
        return evaluation.questions().stream().map(q -> q.field()).toList();
    }
}
