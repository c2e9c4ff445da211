package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.profile.ProfileParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {

    @Test
    void theSameSeedGivesTheSamePortfolioAndAnotherSeedAnother() {
        String first = CommandLineRunner.run("generate", "--count", "200", "--seed", "9").out();
        String again = CommandLineRunner.run("generate", "--count", "200", "--seed", "9").out();
        String other = CommandLineRunner.run("generate", "--count", "200", "--seed", "10").out();

        assertThat(first.lines()).hasSize(200);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void generatedProfilesAreValidAndVaried() throws Exception {
        ProfileParser parser = new ProfileParser();
        var profiles = CommandLineRunner.run("generate", "--count", "2000", "--seed", "3").out().lines()
                .map(line -> {
                    try {
                        return parser.parse(line);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();

        assertThat(profiles).allSatisfy(p -> assertThat(p.errors()).isEmpty());
        assertThat(profiles.stream().map(p -> p.profile().connectivity().peeringLocation()).distinct().count())
                .isGreaterThan(30);
        assertThat(profiles.stream().filter(p -> Boolean.TRUE.equals(p.profile().connectivity().hasMplsWan())).count())
                .isBetween(500L, 900L);
    }

    @Test
    void invalidShareMixesInRecordsTheParserRefuses() throws Exception {
        ProfileParser parser = new ProfileParser();
        long refused = 0;
        for (String line : CommandLineRunner.run("generate", "--count", "1000", "--seed", "3", "--invalid", "10")
                .out().lines().toList()) {
            refused += parser.parse(line).isValid() ? 0 : 1;
        }
        assertThat(refused).isBetween(60L, 140L);
    }

    @Test
    void csvHasTheDottedHeaderAndOneRowPerProfile() {
        String csv = CommandLineRunner.run("generate", "--count", "50", "--format", "csv").out();

        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,name,azureSubscription,connectivity.colocatedAtCloudExchange");
        assertThat(csv.lines()).hasSize(51);
    }

    @Test
    void anOutFolderIsAUsageErrorThatNamesIt(@TempDir Path folder) {
        CommandLineRunner run = CommandLineRunner.run("generate", "--count", "5", "--out", folder.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("advisor: " + folder + ": cannot write there: is a folder")
                .doesNotContain("internal failure");
    }
}
