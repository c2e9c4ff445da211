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

/** A rule that overflows the stack ends {@code advisor evaluate} with a message and exit 1; the process exits. */
class ErrorInARuleProcessTest {

    @Test
    void aStackOverflowInARuleEndsTheRunWithAMessageAndTheProcessExits(@TempDir Path temp) throws Exception {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("recursion.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;

                function int deeper(int depth) {
                    return deeper(depth + 1) + 1;
                }

                rule "Recurses without end"
                    @factId("MODEL-FOUR")
                when
                    Customer( id == "deep" )
                then
                    deeper(0);
                end
                """);
        Path input = temp.resolve("portfolio.ndjson");
        Files.writeString(input, """
                {"id":"first","azureSubscription":true}
                {"id":"second","azureSubscription":false}
                {"id":"deep"}
                {"id":"last"}
                """);
        Run run = AdvisorProcess.run(temp, Map.of(), List.of("evaluate", "--rules", rules.toString(),
                "--reference", TestAdvisors.REFERENCE.toString(), "--format", "ndjson",
                "--rejects", temp.resolve("rejects.ndjson").toString(), input.toString()));

        String err = run.err();
        assertThat(run.exitCode()).as(err).isEqualTo(1);
        assertThat(err).contains("advisor: stopped at " + input + ":3", "stack overflow",
                "2 records before it are written or rejected").doesNotContain("\tat ", "Exception");
        assertThat(run.out().lines().toList()).hasSize(2).satisfies(lines -> {
            assertThat(lines.get(0)).contains("\"customerId\":\"first\"");
            assertThat(lines.get(1)).contains("\"customerId\":\"second\"");
        });
    }
}
