package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
        Path stdout = temp.resolve("stdout");
        Path stderr = temp.resolve("stderr");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AdvisorCommand.class.getName(),
                "evaluate", "--rules", rules.toString(), "--reference", TestAdvisors.REFERENCE.toString(),
                "--format", "ndjson", "--rejects", temp.resolve("rejects.ndjson").toString(), input.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the process exits").isTrue();
        } finally {
            process.destroyForcibly();
        }

        String err = Files.readString(stderr);
        assertThat(process.exitValue()).as(err).isEqualTo(1);
        assertThat(err).contains("advisor: stopped at " + input + ":3", "stack overflow",
                "2 records before it are written or rejected").doesNotContain("\tat ", "Exception");
        assertThat(Files.readAllLines(stdout)).hasSize(2).satisfies(lines -> {
            assertThat(lines.get(0)).contains("\"customerId\":\"first\"");
            assertThat(lines.get(1)).contains("\"customerId\":\"second\"");
        });
    }
}
