package com.expressrouteadvisor.release;

import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.support.CliRun;
import com.expressrouteadvisor.support.TestAdvisors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code advisor rules diff} through the command line: which customers get different advice from a changed
 * rule set, the exit code a CI gate reads, and the base taken from a folder or from git.
 */
class RulesDiffTest {

    private static final Path PORTFOLIO = Path.of("facts", "samples", "portfolio.json");
    private static final String RULE = "Primary and secondary links need two edge routers";
    private static final String BASE_THRESHOLD = "edgeRouters < 2 )";
    private static final String NEW_THRESHOLD = "edgeRouters < 3 )";
    private static final String READY_WITH_TWO_ROUTERS = "noordhaven-logistics-nl";

    @Test
    void reportsNoChangeForAnUnchangedRuleSet(@TempDir Path temp) {
        CliRun run = diff(temp, "--base", TestAdvisors.RULES.toString(), "--rules", TestAdvisors.RULES.toString(),
                PORTFOLIO.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = json(run.out());
        assertThat(report.get("changes")).isEmpty();
        assertThat(report.at("/totals/changed").asLong()).isZero();
        assertThat(report.at("/totals/unchanged").asLong()).isEqualTo(50);
        assertThat(run.err()).contains("no customer's advice changes; 50 customers do not change");
    }

    @Test
    void aChangedThresholdMovesExactlyTheCustomersOnTheBoundary(@TempDir Path temp) throws IOException {
        Path rules = raisedThreshold(temp);
        Path portfolio = edgeRouterVariants(temp, 1, 2, 3, 4);

        CliRun run = diff(temp, "--base", TestAdvisors.RULES.toString(), "--rules", rules.toString(),
                portfolio.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(5);
        JsonNode changes = json(run.out()).get("changes");
        assertThat(changes).hasSize(1);
        JsonNode change = changes.get(0);
        assertThat(change.get("customerId").asText()).isEqualTo("routers-2");
        assertThat(change.get("gapsAdded").toString()).isEqualTo("[{\"code\":\"REDUNDANCY_MISSING\",\"severity\":\"WARNING\"}]");
        assertThat(change.get("gapsRemoved")).isEmpty();
        assertThat(change.get("rulesStartedFiring").toString()).isEqualTo("[\"" + RULE + "\"]");
        assertThat(run.err()).contains("1 customer changes: 1 READY → READY_WITH_WARNINGS; 3 customers do not change");
    }

    @Test
    void onTheSamplePortfolioOnlyCustomersWithTwoEdgeRoutersChange(@TempDir Path temp) throws IOException {
        Path rules = raisedThreshold(temp);

        CliRun run = diff(temp, "--base", TestAdvisors.RULES.toString(), "--rules", rules.toString(), "--format",
                "ndjson", PORTFOLIO.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(5);
        List<JsonNode> lines = run.out().lines().map(RulesDiffTest::json).toList();
        Set<String> changed = lines.stream().filter(l -> l.has("customerId")).map(l -> l.get("customerId").asText())
                .collect(Collectors.toSet());
        Map<String, Integer> routers = edgeRoutersById();
        assertThat(changed).isNotEmpty().allSatisfy(id -> assertThat(routers.get(id)).as(id).isEqualTo(2));
        JsonNode totals = lines.get(lines.size() - 1).get("totals");
        assertThat(totals.get("changed").asLong()).isEqualTo(changed.size());
        assertThat(totals.get("changed").asLong() + totals.get("unchanged").asLong()).isEqualTo(50);
    }

    @Test
    void failOnPassesAChangeThatMatchesNoConditionAndFailsOneThatDoes(@TempDir Path temp) throws IOException {
        Path rules = raisedThreshold(temp);
        String[] common = {"--base", TestAdvisors.RULES.toString(), "--rules", rules.toString(), PORTFOLIO.toString()};

        CliRun blockersOnly = diff(temp, concat(common, "--fail-on", "gap-added:BLOCKER,model-change"));
        CliRun readinessDown = diff(temp, concat(common, "--fail-on", "readiness-down"));
        CliRun unknown = diff(temp, concat(common, "--fail-on", "readiness-sideways"));

        assertThat(blockersOnly.exitCode()).as(blockersOnly.err()).isZero();
        assertThat(blockersOnly.err()).contains("0 match --fail-on gap-added:BLOCKER,model-change");
        assertThat(readinessDown.exitCode()).as(readinessDown.err()).isEqualTo(5);
        assertThat(json(readinessDown.out()).at("/totals/failing").asLong()).isPositive();
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("readiness-sideways", "readiness-down");
    }

    @Test
    void aRuleSetThatDoesNotCompileGivesExit3WithFileLineColumnAndTheSide(@TempDir Path temp) throws IOException {
        Path broken = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("broken"));
        Path routing = broken.resolve("routing.drl");
        Files.writeString(routing, Files.readString(routing).replace(BASE_THRESHOLD, "edgeRouters < 2 "));

        CliRun newBroken = diff(temp, "--base", TestAdvisors.RULES.toString(), "--rules", broken.toString(),
                PORTFOLIO.toString());
        CliRun baseBroken = diff(temp, "--base", broken.toString(), "--rules", TestAdvisors.RULES.toString(),
                PORTFOLIO.toString());

        assertThat(newBroken.exitCode()).isEqualTo(3);
        assertThat(newBroken.out()).isEmpty();
        assertThat(newBroken.err()).contains("the new rule set (" + broken + ") does not compile:")
                .containsPattern("(?m)^" + java.util.regex.Pattern.quote(routing.toString()) + ":\\d+:\\d+: .+")
                .contains("1 in the new one");
        assertThat(baseBroken.exitCode()).isEqualTo(3);
        assertThat(baseBroken.err()).contains("the base rule set (" + broken + ") does not compile:")
                .contains("1 problem(s) in the base rule set, 0 in the new one");
    }

    @Test
    void theBaseCanBeACommitOfTheRulesRepositoryAndTheWorkingTreeStaysAsItWas(@TempDir Path temp)
            throws IOException, InterruptedException {
        Path repository = Files.createDirectories(temp.resolve("consultants"));
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, repository.resolve("rules"));
        git(repository, "init", "-q");
        git(repository, "add", ".");
        git(repository, "commit", "-q", "-m", "released rules");
        Path routing = rules.resolve("routing.drl");
        Files.writeString(routing, Files.readString(routing).replace(BASE_THRESHOLD, "edgeRouters < 2 "));
        git(repository, "commit", "-q", "-am", "a broken edit");
        Files.writeString(routing, Files.readString(routing).replace("edgeRouters < 2 ", NEW_THRESHOLD));
        String statusBefore = git(repository, "status", "--porcelain");
        Path portfolio = edgeRouterVariants(temp, 1, 2, 3);

        CliRun againstRelease = diff(temp, "--base", "git:HEAD~1", "--rules", rules.toString(), portfolio.toString());
        CliRun againstBroken = diff(temp, "--base", "git:HEAD", "--rules", rules.toString(), portfolio.toString());
        CliRun noSuchCommit = diff(temp, "--base", "git:no-such-tag", "--rules", rules.toString(), portfolio.toString());

        assertThat(againstRelease.exitCode()).as(againstRelease.err()).isEqualTo(5);
        assertThat(json(againstRelease.out()).get("changes")).singleElement()
                .satisfies(change -> assertThat(change.get("customerId").asText()).isEqualTo("routers-2"));
        assertThat(againstBroken.exitCode()).isEqualTo(3);
        assertThat(againstBroken.err()).contains("the base rule set (git:HEAD) does not compile:")
                .containsPattern("(?m)^HEAD:rules/routing\\.drl:\\d+:\\d+: .+");
        assertThat(noSuchCommit.exitCode()).isEqualTo(2);
        assertThat(noSuchCommit.err()).contains("git:no-such-tag: no such commit");
        assertThat(git(repository, "status", "--porcelain")).isEqualTo(statusBefore);
    }

    @Test
    void rejectsCountAsInEvaluateAndTheDiffGoesOn(@TempDir Path temp) throws IOException {
        Path portfolio = temp.resolve("mixed.ndjson");
        Files.writeString(portfolio, Files.readString(edgeRouterVariants(temp, 2)).strip() + "\n{\"id\": 5}\n");

        CliRun run = diff(temp, "--base", TestAdvisors.RULES.toString(), "--rules", TestAdvisors.RULES.toString(),
                "--rejects", temp.resolve("rejects.ndjson").toString(), portfolio.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.err()).contains("2 read, 1 evaluated, 1 rejected");
        assertThat(Files.readAllLines(temp.resolve("rejects.ndjson"))).hasSize(1);
    }

    @Test
    void writesAnHtmlSectionAReviewerCanRead(@TempDir Path temp) throws IOException {
        Path rules = raisedThreshold(temp);
        Path page = temp.resolve("impact.html");

        CliRun run = diff(temp, "--base", TestAdvisors.RULES.toString(), "--rules", rules.toString(), "--out",
                page.toString(), edgeRouterVariants(temp, 1, 2).toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(5);
        assertThat(Files.readString(page)).contains("<section class=\"release-impact\">", "routers-2",
                "READY → READY_WITH_WARNINGS", "REDUNDANCY_MISSING:WARNING", RULE).doesNotContain("routers-1<");
    }

    private static CliRun diff(Path temp, String... args) {
        List<String> given = List.of(args);
        List<String> all = new ArrayList<>(List.of("rules", "diff", "--reference", TestAdvisors.REFERENCE.toString()));
        if (!given.contains("--format") && !given.contains("--out")) {
            all.addAll(List.of("--format", "json"));
        }
        if (!given.contains("--rejects")) {
            all.addAll(List.of("--rejects", temp.resolve("diff-rejects.ndjson").toString()));
        }
        all.addAll(given);
        return CliRun.of(all.toArray(String[]::new));
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(0, List.of(more));
        return all.toArray(String[]::new);
    }

    /** The project's rules with the edge-router threshold raised from 2 to 3. */
    private static Path raisedThreshold(Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("new-rules"));
        Path routing = rules.resolve("routing.drl");
        String text = Files.readString(routing);
        assertThat(text).contains(BASE_THRESHOLD);
        Files.writeString(routing, text.replace(BASE_THRESHOLD, NEW_THRESHOLD));
        return rules;
    }

    /**
     * A sample customer who is READY with two edge routers today, once per edge-router count, with ids
     * {@code routers-N}.
     */
    private static Path edgeRouterVariants(Path temp, int... counts) throws IOException {
        JsonNode customer = null;
        for (JsonNode each : Json.mapper().readTree(PORTFOLIO.toFile())) {
            if (each.get("id").asText().equals(READY_WITH_TWO_ROUTERS)) {
                customer = each;
            }
        }
        assertThat(customer).isNotNull();
        StringBuilder lines = new StringBuilder();
        for (int count : counts) {
            ObjectNode variant = customer.deepCopy();
            variant.put("id", "routers-" + count);
            ((ObjectNode) variant.get("routing")).put("edgeRouters", count);
            lines.append(Json.mapper().writeValueAsString(variant)).append('\n');
        }
        Path file = temp.resolve("routers-" + counts.length + "-" + counts[0] + ".ndjson");
        Files.writeString(file, lines);
        return file;
    }

    private static Map<String, Integer> edgeRoutersById() throws IOException {
        Map<String, Integer> routers = new TreeMap<>();
        for (JsonNode customer : Json.mapper().readTree(PORTFOLIO.toFile())) {
            JsonNode count = customer.at("/routing/edgeRouters");
            routers.put(customer.get("id").asText(), count.isMissingNode() || count.isNull() ? null : count.asInt());
        }
        return routers;
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String git(Path repository, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString(), "-c", "user.name=Consultant",
                "-c", "user.email=consultant@example.com", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }
}
