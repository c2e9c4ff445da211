package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.reference.ReferenceData;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports belong to the whole package, so Drools fails every rule of every file when one import is wrong;
 * the consultant sees one problem, at the import that is wrong.
 */
class BadImportTest {

    @Test
    void aMisspeltImportInADrlFileIsOneProblemOnItsLine(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Path file = rules.resolve("subscription.drl");
        Files.writeString(file, Files.readString(file).replace("import com.expressrouteadvisor.advice.Gap;",
                "import com.expressrouteadvisor.advice.Gapp;"));
        int line = Files.readAllLines(file).indexOf("import com.expressrouteadvisor.advice.Gapp;") + 1;

        assertThatThrownBy(() -> compile(rules)).isInstanceOfSatisfying(RuleSetInvalidException.class,
                e -> assertThat(e.problems()).singleElement().hasToString(file + ":" + line
                        + ":1: Error importing : 'com.expressrouteadvisor.advice.Gapp'"));
    }

    @Test
    void aMisspeltImportInADecisionTableIsOneProblemAtItsCell(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Path table = rules.resolve("preference.drl.csv");
        Files.writeString(table, Files.readString(DecisionTableRulesTest.EXAMPLE)
                .replace("advice.ModelFit\"", "advice.ModelFitt\""));

        assertThatThrownBy(() -> compile(rules)).isInstanceOfSatisfying(RuleSetInvalidException.class,
                e -> assertThat(e.problems()).singleElement().hasToString(table
                        + ":2:2: cell B2: Error importing : 'com.expressrouteadvisor.advice.ModelFitt'"));
    }

    private static RuleSet compile(Path rules) {
        // The globals the advisor provides: whatever reference catalogs the rules of the repository use.
        return new RuleSetCompiler(ReferenceData.load(TestAdvisors.REFERENCE).globals().keySet()).compile(rules);
    }
}
