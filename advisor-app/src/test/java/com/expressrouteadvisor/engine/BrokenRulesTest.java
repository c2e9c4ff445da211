package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.support.CliRun;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken rule file is reported where it is broken, as FILE:LINE:COLUMN, and never as a stack trace. */
class BrokenRulesTest {

    private static Path brokenCopy(Path temp, String fileName, String drl) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve(fileName), drl);
        return rules;
    }

    @Test
    void aSyntaxErrorIsReportedAsFileLineColumnAndExit3(@TempDir Path temp) throws IOException {
        Path rules = brokenCopy(temp, "broken.drl", """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;

                rule "Missing its then"
                when
                    Customer( bgpCapable == true
                end
                """);

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).containsPattern(
                java.util.regex.Pattern.quote(rules.resolve("broken.drl").toString()) + ":\\d+:\\d+: \\S");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnknownFieldIsReportedOnItsLine(@TempDir Path temp) throws IOException {
        Path rules = brokenCopy(temp, "typo.drl", """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;
                import com.expressrouteadvisor.advice.Gap;

                rule "A typo in a field name"
                    @factId("MODEL-COLO")
                when
                    Customer( bgpCapible == true )
                then
                    insert(new Gap("X"));
                end
                """);

        assertThatThrownBy(() -> new RuleSetCompiler(java.util.Set.of("locations")).compile(rules))
                .isInstanceOfSatisfying(RuleSetInvalidException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).endsWith("typo.drl");
                            assertThat(p.line()).isEqualTo(8);
                            assertThat(p.toString()).matches(".*typo\\.drl:8:\\d+: .*bgpCapible.*");
                        }));
    }

    @Test
    void aGlobalTheAdvisorDoesNotProvideIsNamed(@TempDir Path temp) throws IOException {
        Path rules = brokenCopy(temp, "global.drl", """
                package expressroute;

                global java.util.List notProvided;
                """);

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("global.drl:3:1: global 'notProvided' is not provided");
    }

    @Test
    void evaluateWithABrokenRuleSetExits3WithoutResults(@TempDir Path temp) throws IOException {
        Path rules = brokenCopy(temp, "broken.drl", "package expressroute;\nrule \"x\" when then end end\n");

        CliRun run = CliRun.of("evaluate", "--rules", rules.toString(), "--format", "ndjson",
                "facts/samples/one-customer.json");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("broken.drl:2:");
    }

    @Test
    void aValidRuleSetValidatesWithItsRuleCountAndVersion() {
        CliRun run = CliRun.of("rules", "validate", "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("\\d+ rules in \\d+ files, version sha256:[0-9a-f]{64}");
    }
}
