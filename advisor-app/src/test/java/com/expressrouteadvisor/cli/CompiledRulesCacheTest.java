package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.engine.CompiledRuleCache;
import com.expressrouteadvisor.support.AdvisorProcess;
import com.expressrouteadvisor.support.AdvisorProcess.Run;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled-rules cache as a user meets it, through the command line in processes of their own: the first run
 * after a rule change compiles and fills the cache, the next runs load it and answer exactly the same, a rule
 * change is compiled again with its problems where the author wrote them, and a damaged entry is never used.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompiledRulesCacheTest {

    private static final Path SAMPLES = Path.of("facts", "samples", "portfolio.json");

    @TempDir
    static Path temp;
    private static Path rules;
    private static Path cache;
    private static Run first;

    @BeforeAll
    static void firstRunFillsTheCache() throws Exception {
        rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        cache = temp.resolve("cache");
        first = advisor("evaluate", "--format", "ndjson", "--explain", SAMPLES.toString());
    }

    @Test
    @Order(1)
    void theFirstRunCompilesAndLeavesTheCompiledRulesForTheNext() throws IOException {
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).containsPattern("Compiled \\d+ rules").contains("caching the compiled rules")
                .doesNotContain("from the compiled-rules cache");
        assertThat(entries()).hasSize(1);
    }

    @Test
    @Order(2)
    void aRunWithUnchangedRulesLoadsThemAndAnswersTheSame() {
        Run second = advisor("evaluate", "--format", "ndjson", "--explain", SAMPLES.toString());

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).contains("Loaded " + ruleCount() + " rules from the compiled-rules cache")
                .doesNotContain("caching the compiled rules");
        // Every result, fired rules and the fact IDs they rest on included, is the compiled rule set's.
        assertThat(second.out()).isNotBlank().isEqualTo(first.out());
    }

    @Test
    @Order(3)
    void everyScenarioOfTheRuleBasePassesOnTheCachedRules() {
        Run test = advisor("rules", "test");

        assertThat(test.err()).contains("from the compiled-rules cache");
        assertThat(test.exitCode()).as(test.out() + test.err()).isZero();
    }

    @Test
    @Order(4)
    void aChangedRuleIsCompiledAgainAndItsProblemIsReportedWhereItIsWritten() throws IOException {
        Path changed = TestAdvisors.copy(rules, temp.resolve("changed"));
        Path file = changed.resolve("subscription.drl");
        Files.writeString(file, Files.readString(file) + """

                rule "A rule with a typo"
                    @factId("SUB-REQUIRED")
                when
                    Customer( azureSubscriptin == false )
                then
                end
                """);
        int line = Files.readAllLines(file).indexOf("    Customer( azureSubscriptin == false )") + 1;

        Run broken = advisor("explain", "--rules", changed.toString(), "facts/samples/one-customer.json");

        assertThat(broken.exitCode()).isNotZero();
        assertThat(broken.err()).contains(file + ":" + line + ":", "azureSubscriptin")
                .doesNotContain("compiled-rules cache", "\tat ");
        assertThat(entries()).as("nothing is cached for rules that do not compile").hasSize(1);
    }

    @Test
    @Order(5)
    void aDamagedEntryIsIgnoredAndReplaced() throws IOException {
        Path kjar = entries().get(0);
        Files.write(kjar, new byte[]{'P', 'K', 3, 4, 0, 0});

        Run afterDamage = advisor("evaluate", "--format", "ndjson", "--explain", SAMPLES.toString());

        assertThat(afterDamage.exitCode()).as(afterDamage.err()).isZero();
        assertThat(afterDamage.err()).contains("Ignoring the cached rule set", "Compiled " + ruleCount() + " rules");
        assertThat(afterDamage.out()).isEqualTo(first.out());
        assertThat(Files.size(kjar)).as("a good entry took its place").isGreaterThan(1000);

        Run next = advisor("evaluate", "--format", "ndjson", "--explain", SAMPLES.toString());
        assertThat(next.err()).contains("from the compiled-rules cache");
        assertThat(next.out()).isEqualTo(first.out());
    }

    @Test
    @Order(6)
    void anEntryWhoseIndexIsCutShortIsIgnoredAndReplaced() throws IOException {
        Path kjar = entries().get(0);
        String name = kjar.getFileName().toString();
        Path index = kjar.resolveSibling(name.substring(0, name.length() - ".kjar".length()) + ".json");
        String whole = Files.readString(index);
        Files.writeString(index, whole.substring(0, whole.length() / 2));

        Run afterDamage = advisor("evaluate", "--format", "ndjson", "--explain", SAMPLES.toString());

        assertThat(afterDamage.exitCode()).as(afterDamage.err()).isZero();
        assertThat(afterDamage.err()).contains("Ignoring the cached rule set", "Compiled " + ruleCount() + " rules");
        assertThat(afterDamage.out()).isEqualTo(first.out());
        assertThat(Files.readString(index)).as("a whole index took its place").isEqualTo(whole);
    }

    /** How many rules the first run compiled, as it logged it. */
    private static String ruleCount() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Compiled (\\d+) rules").matcher(first.err());
        assertThat(m.find()).as(first.err()).isTrue();
        return m.group(1);
    }

    private static List<Path> entries() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".kjar")).toList();
        }
    }

    /** The advisor in a process of its own, with the test's rules (unless given) and cache, logging what it loads. */
    private static Run advisor(String... args) {
        List<String> command = new ArrayList<>(List.of(args));
        if (!command.contains("--rules")) {
            command.addAll(args[0].equals("rules") ? 2 : 1, List.of("--rules", rules.toString()));
        }
        return AdvisorProcess.run(temp, Map.of(CompiledRuleCache.ENVIRONMENT, cache.toString(), "ADVISOR_LOG_LEVEL", "INFO"),
                command);
    }
}
