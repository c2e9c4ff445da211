package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.support.BrokenRecordRun;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rule that re-triggers itself is stopped for that customer; the run goes on. */
class LoopingRuleTest {

    private static Path rulesWithALoop(Path temp) {
        return TestAdvisors.rulesWith(temp, "loop.drl", """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;
                import com.expressrouteadvisor.advice.Question;

                rule "Keeps asking forever"
                    @factId("MODEL-FOUR")
                when
                    Customer( id == "loops" )
                    Question()
                then
                    insert(new Question("again"));
                end

                rule "Starts the loop"
                    @factId("MODEL-FOUR")
                when
                    Customer( id == "loops" )
                then
                    insert(new Question("first"));
                end
                """);
    }

    @Test
    void theFiringLimitTurnsALoopIntoAnErrorNamingTheRule(@TempDir Path temp) throws IOException {
        try (Advisor advisor = Advisor.builder().rules(rulesWithALoop(temp)).reference(TestAdvisors.REFERENCE)
                .maxFirings(500).build()) {
            assertThatThrownBy(() -> advisor.evaluate(TestAdvisors.profile("{'id':'loops'}")))
                    .isInstanceOfSatisfying(EvaluationException.class, e -> {
                        assertThat(e.customerId()).isEqualTo("loops");
                        assertThat(e.rule()).isEqualTo("Keeps asking forever");
                        assertThat(e.getMessage()).contains("more than 500");
                    });
            // The pooled session is clean again for the next customer.
            assertThat(advisor.evaluate(TestAdvisors.profile("{'id':'fine','azureSubscription':false}"))
                    .gaps()).anySatisfy(g -> assertThat(g.code()).isEqualTo("NO_AZURE_SUBSCRIPTION"));
        }
    }

    @Test
    void aLoopingRecordIsRejectedWhileTheOthersAreEvaluated(@TempDir Path temp) throws IOException {
        BrokenRecordRun batch = BrokenRecordRun.of(temp, rulesWithALoop(temp), "loops", "--max-firings", "200");

        assertThat(batch.run().exitCode()).isEqualTo(4);
        assertThat(batch.run().out().lines()).hasSize(2);
        assertThat(batch.run().err()).contains("3 read, 2 evaluated, 1 rejected");
        assertThat(batch.rejects()).contains("\"id\":\"loops\"").contains("Keeps asking forever");
    }
}
