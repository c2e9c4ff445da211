package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.support.CliRun;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rules validate} checks a consultant's own message bundles and rules the way the repository's are checked:
 * valid patterns, the same keys in every language, a text for every question, phrase and reason key; a stage the
 * engine does not run is refused; {@code --strict} fails on warnings.
 */
class RulesValidateBundlesTest {

    @Test
    void theShippedRulesPassEvenStrictly() {
        CliRun run = CliRun.of("rules", "validate", "--rules", "rules", "--strict");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("has no text", "not a valid message pattern", "does not run");
    }

    @Test
    void aTextMissingFromOneLanguageIsAWarningThatStrictTurnsIntoAFailure(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Path nl = rules.resolve("messages/advice_nl.properties");
        Files.write(nl, Files.readAllLines(nl).stream().filter(l -> !l.startsWith("gap.NAT_REQUIRED.remediation="))
                .toList());
        Path en = rules.resolve("messages/advice.properties");
        int line = 1 + Files.readAllLines(en).stream().map(l -> l.startsWith("gap.NAT_REQUIRED.remediation="))
                .toList().indexOf(true);

        CliRun lenient = CliRun.of("rules", "validate", "--rules", rules.toString());
        CliRun strict = CliRun.of("rules", "validate", "--rules", rules.toString(), "--strict");

        String warning = en + ":" + line + ":1: warning: gap.NAT_REQUIRED.remediation has no text in "
                + "messages/advice_nl.properties: it is shown in English to customers who ask for 'nl'";
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.err()).contains(warning);
        assertThat(strict.exitCode()).isEqualTo(3);
        assertThat(strict.err()).contains(warning).contains("rule set invalid with --strict: ");
    }

    @Test
    void aKeyOnlyDutchHasAndAnInvalidPatternAreReportedAtTheirLines(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Path nl = rules.resolve("messages/advice_nl.properties");
        int last = Files.readAllLines(nl).size();
        Files.writeString(nl, "reason.colocaton=Al in een colocatie.\nreason.colocation=Al in {0 colocatie.\n",
                StandardOpenOption.APPEND);

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .contains(nl + ":" + (last + 1) + ":1: warning: reason.colocaton is not in messages/advice.properties: "
                        + "English, the language every text falls back to, has no text for it (did you mean "
                        + "'reason.colocation'?)")
                .contains(nl + ":" + (last + 2) + ":1: reason.colocation: not a valid message pattern");
    }

    @Test
    void aConnectivityModelWithoutItsPhraseIsAnErrorNamingTheKey(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Path en = rules.resolve("messages/advice.properties");
        Files.write(en, Files.readAllLines(en).stream()
                .filter(l -> !l.startsWith("phrase.model.POINT_TO_POINT_ETHERNET=")).toList());

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(en + ":0:0: no text for phrase.model.POINT_TO_POINT_ETHERNET, the connectivity "
                + "model within a sentence (the rules write new Phrase(\"model.\" + model.name())): add "
                + "phrase.model.POINT_TO_POINT_ETHERNET=…");
    }

    @Test
    void aReasonKeyWithoutATextIsAnErrorAtTheRowOfTheDecisionTable(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.copy(Path.of("docs/examples/house-model-preference.drl.csv"),
                rules.resolve("house-model-preference.drl.csv"));

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(rules.resolve("house-model-preference.drl.csv") + ":10:1: rule \"House policy: "
                + "an MPLS customer at an exchange keeps Azure on its WAN\" uses reason key 'house.ipvpn.first', which "
                + "has no text in messages/advice.properties: customers would see the key itself; add "
                + "reason.house.ipvpn.first=…");
    }

    @Test
    void aQuestionWithoutATextIsAnError(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("house.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;
                import com.expressrouteadvisor.advice.Question;

                rule "Ask for the edge routers"
                    @factId("MODEL-IPVPN")
                when
                    Customer( hasMplsWan == true, edgeRouters == null )
                then
                    insert(new Question("routing.edgeRoutrs"));
                end
                """);

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(rules.resolve("house.drl") + ":5:1: rule \"Ask for the edge routers\" uses "
                + "question key 'routing.edgeRoutrs', which has no text in messages/advice.properties")
                .contains("(did you mean 'question.routing.edgeRouters'?)");
    }

    @Test
    void aStageTheEngineDoesNotRunFailsValidation(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("house.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;
                import com.expressrouteadvisor.advice.Question;

                rule "Ask for the edge routers late"
                    @factId("MODEL-IPVPN")
                    ruleflow-group "reveiw"
                when
                    Customer( hasMplsWan == true, edgeRouters == null )
                then
                    insert(new Question("routing.edgeRouters"));
                end
                """);

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(rules.resolve("house.drl") + ":5:1: rule \"Ask for the edge routers late\" is "
                + "in stage \"reveiw\", which the engine does not run (did you mean 'review'?)");
    }

    @Test
    void theHintToRunTheScenariosRepeatsTheOptionsGiven(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("my rules"));
        Path scenario = rules.resolve("scenarios/connectivity.yaml");
        Files.writeString(scenario, Files.readString(scenario).replaceFirst("CLOUD_EXCHANGE_COLOCATION",
                "POINT_TO_POINT_ETHERNET"));

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString(), "--max-firings", "5000");

        assertThat(run.err()).contains("run 'advisor rules test --rules '" + rules + "' --max-firings 5000' to see why");
    }

    @Test
    void languagesComeFromTheBundlesInTheRulesFolder(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("messages/advice_de.properties"),
                "recommendation.title={0}, {1} (auf Deutsch)\n");

        CliRun german = CliRun.of("evaluate", "--rules", rules.toString(), "--lang", "de", "--format", "json",
                "facts/samples/one-customer.json");
        CliRun french = CliRun.of("evaluate", "--rules", rules.toString(), "--lang", "fr", "--format", "json",
                "facts/samples/one-customer.json");

        assertThat(german.exitCode()).as(german.err()).isZero();
        assertThat(german.out()).contains("(auf Deutsch)").contains("\"textFallbacks\"");
        assertThat(french.exitCode()).isEqualTo(2);
        assertThat(french.err()).contains("--lang fr: no messages in language 'fr' in the rules folder; "
                + "available: de, en, nl");
    }

    @Test
    void theResultNamesTheTextsShownInEnglishAndWholeNumbersAreNotGrouped(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("house.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;
                import com.expressrouteadvisor.advice.Gap;

                rule "House policy: review the WAN"
                    @factId("MODEL-IPVPN") @gap("DESIGN_REVIEW")
                when
                    Customer( hasMplsWan == true )
                then
                    insert(new Gap("DESIGN_REVIEW", 12500));
                end
                """);
        Files.writeString(rules.resolve("gap-codes.csv"), "DESIGN_REVIEW,WARNING,house-policy,MODEL-IPVPN\n",
                StandardOpenOption.APPEND);
        Files.writeString(rules.resolve("messages/advice.properties"),
                "\ngap.DESIGN_REVIEW.message=Review the WAN for {0} Mbps.\ngap.DESIGN_REVIEW.remediation=Call us.\n",
                StandardOpenOption.APPEND);
        Files.writeString(rules.resolve("messages/advice_nl.properties"),
                "\ngap.DESIGN_REVIEW.message=Controleer het WAN voor {0} Mbps.\n", StandardOpenOption.APPEND);

        CliRun dutch = CliRun.of("evaluate", "--rules", rules.toString(), "--lang", "nl", "--format", "json",
                "facts/samples/one-customer.json");
        CliRun english = CliRun.of("evaluate", "--rules", rules.toString(), "--format", "json",
                "facts/samples/one-customer.json");

        assertThat(dutch.exitCode()).as(dutch.err()).isZero();
        assertThat(dutch.out()).contains("Controleer het WAN voor 12500 Mbps.").contains("Call us.")
                .containsPattern("\"textFallbacks\"\\s*:\\s*\\[\\s*\"gap.DESIGN_REVIEW.remediation\"\\s*]");
        assertThat(english.out()).contains("Review the WAN for 12500 Mbps.").doesNotContain("textFallbacks");
    }
}
