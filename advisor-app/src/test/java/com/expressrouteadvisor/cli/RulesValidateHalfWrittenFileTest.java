package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule file caught half-written (as {@code --watch} sees it while an editor saves) is reported as
 * {@code FILE:LINE:COLUMN: message} in a rule author's words: no parser stack trace, no "null Package".
 */
class RulesValidateHalfWrittenFileTest {

    private static final String HEADER = "package expressroute;\\nimport com.expressrouteadvisor.profile.Customer;\\n\\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cut inside a pattern    | rule "Half written"\\nwhen\\n    Customer( id == "x",\\n | half.drl:7:1: the file ends in the middle of a rule
            cut after when          | rule "Half written" when\\n                             | half.drl:5:1: the file ends before rule "Half written" is complete
            cut after then          | rule "Half written"\\nwhen\\n    Customer()\\nthen\\n      | half.drl:8:1: the file ends before rule "Half written" is complete
            cut inside the name     | rule "Half wr                                           | half.drl:4:
            only the package        | ''                                                      | half.drl:1:1: the file has no rule
            """)
    void reportsAHalfWrittenFileInTheAuthorsWords(String cut, String rest, String expected, @TempDir Path temp)
            throws IOException {
        Path rules = minimalRules(temp);
        Files.writeString(rules.resolve("half.drl"), (HEADER + rest).replace("\\n", "\n"));

        CommandLineRunner run = CommandLineRunner.run("rules", "validate", "--rules", rules.toString(),
                "--reference", TestAdvisors.REFERENCE.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        String problems = run.err().replace(rules + "/", "");
        assertThat(problems).contains(expected)
                .doesNotContain("null Package", "Exception", "Stack trace", "DRL6Parser", "<eof>", "[ERR");
        assertThat(problems.lines().filter(l -> !l.startsWith("rule set invalid")))
                .allSatisfy(line -> assertThat(line).matches("half\\.drl:\\d+:\\d+: .+"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an empty file      | ''
            only a comment     | '// to do: the peering rules\\n'
            """)
    void reportsAFileWithoutRulesAsSuch(String what, String content, @TempDir Path temp) throws IOException {
        Path rules = minimalRules(temp);
        Files.writeString(rules.resolve("half.drl"), content.replace("\\n", "\n"));

        CommandLineRunner run = CommandLineRunner.run("rules", "validate", "--rules", rules.toString(),
                "--reference", TestAdvisors.REFERENCE.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("half.drl:1:1: the file has no rule");
    }

    /** The gap codes and messages a rules folder needs, and no rule file yet. */
    private static Path minimalRules(Path temp) throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.copy(TestAdvisors.RULES.resolve("gap-codes.csv"), rules.resolve("gap-codes.csv"));
        TestAdvisors.copy(TestAdvisors.RULES.resolve("messages"), rules.resolve("messages"));
        return rules;
    }
}
