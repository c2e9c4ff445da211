package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.reference.ReferenceData;
import com.expressrouteadvisor.support.CliRun;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule vocabulary is generated from the code, and the committed docs/rule-vocabulary.md never goes stale. */
class RuleVocabularyTest {

    static final Path COMMITTED = Path.of("docs", "rule-vocabulary.md");
    static final String REFRESH = "mvn -q -DskipTests package && " + MarkdownVocabulary.REFRESH;

    private static final RuleVocabulary VOCABULARY =
            RuleVocabulary.of(ReferenceData.load(TestAdvisors.REFERENCE).globals());

    @Test
    void theCommittedVocabularyIsTheOneTheCodeGenerates() throws IOException {
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8).replace("\r\n", "\n");

        assertThat(new MarkdownVocabulary().render(VOCABULARY))
                .as("docs/rule-vocabulary.md is stale: a Customer field, global, method or meaning changed. "
                        + "Refresh it with:%n  %s%n", REFRESH)
                .isEqualTo(committed);
    }

    @Test
    void everyFieldGlobalMethodAndConclusionHasAMeaning() {
        assertThat(VOCABULARY.missingDescriptions())
                .as("add these keys to advisor-app/src/main/resources/com/expressrouteadvisor/authoring/"
                        + RuleVocabulary.DESCRIPTIONS)
                .isEmpty();
    }

    @Test
    void everyCustomerFieldHasAPathOfTheProfile() {
        Set<String> profilePaths = RuleVocabulary.profilePaths(CustomerProfile.class, "").keySet();

        assertThat(VOCABULARY.fields()).isNotEmpty().allSatisfy(field ->
                assertThat(profilePaths).as(field.name() + " (" + field.path() + ")").contains(field.path()));
        assertThat(VOCABULARY.fields()).filteredOn(f -> f.name().equals("privatePeeringSubnets"))
                .singleElement().satisfies(f -> {
                    assertThat(f.path()).isEqualTo("peerings.private.subnets");
                    assertThat(f.type()).isEqualTo("list of text");
                });
    }

    @Test
    void everyGlobalTheAdvisorProvidesIsListedWithTheMethodsARuleCanCall() {
        assertThat(VOCABULARY.globals()).extracting(RuleVocabulary.Global::name)
                .containsExactlyElementsOf(new TreeSet<>(ReferenceData.load(TestAdvisors.REFERENCE).globals().keySet()));
        assertThat(VOCABULARY.globals()).filteredOn(g -> g.name().equals("locations")).singleElement()
                .satisfies(g -> assertThat(g.methods()).extracting(RuleVocabulary.Operation::signature)
                        .contains("boolean offers(String provider, String location)"));
    }

    @Test
    void everyTypeTheRulesInsertIsInTheVocabulary() throws IOException {
        Set<String> inserted = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TestAdvisors.RULES)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(drl|dslr|dsl)$")).toList()) {
                Matcher m = Pattern.compile("insert\\(\\s*new\\s+(?:[\\w.]+\\.)?(\\w+)\\s*\\(")
                        .matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    inserted.add(m.group(1));
                }
            }
        }

        assertThat(inserted).contains("Gap", "Question");
        assertThat(VOCABULARY.conclusions()).extracting(RuleVocabulary.Conclusion::type).containsAll(inserted);
    }

    @Test
    void rulesDocsWritesTheVocabularyAsTheCommittedFile(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("vocabulary.md");

        CliRun run = CliRun.of("rules", "docs", "--vocabulary", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("rule vocabulary written to " + out);
        assertThat(Files.readString(out)).isEqualTo(new MarkdownVocabulary().render(VOCABULARY));
    }

    @Test
    void theVocabularyIsMarkdownOnly() {
        CliRun run = CliRun.of("rules", "docs", "--vocabulary", "--format", "html");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--vocabulary is written as Markdown only");
    }
}
