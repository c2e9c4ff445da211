package com.expressrouteadvisor.service;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code advisor serve --watch}: edits under the rules folder reload the rules by themselves. */
class RulesWatchTest {

    @TempDir
    static Path folder;
    private static Path rules;
    private static DecisionService service;
    private static ServiceClient client;

    @BeforeAll
    static void start() {
        rules = TestFolders.copyOfRules(folder.resolve("rules"));
        service = DecisionService.start(ServiceSettings.defaults(rules, TestFolders.REFERENCE)
                .withListener("127.0.0.1", 0)
                // Long enough that the five quick writes below fall within one quiet period even on a busy machine.
                .withWatch(true, Duration.ofSeconds(2)));
        client = new ServiceClient(service.port());
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    @Test
    void reloadsOnceTheEditsSettleAndRefusesABrokenEditWithoutStoppingService() throws Exception {
        String original = version();

        // Several quick writes, as an editor or a git checkout makes them: one reload after they settle.
        for (int i = 0; i < 5; i++) {
            TestFolders.write(rules.resolve("watched.drl"), """
                    package expressroute;
                    import com.expressrouteadvisor.profile.Customer;
                    rule "Watched rule %d" when Customer( id == "nobody" ) then end
                    """.formatted(i));
        }
        String changed = awaitRules(r -> !r.get("version").asText().equals(original)).get("version").asText();
        assertThat(client.get("/v1/rules").json().get("lastReload").get("trigger").asText()).isEqualTo("WATCH");
        assertThat(client.get("/metrics").body())
                .contains("advisor_rule_reloads_total{outcome=\"RELOADED\",trigger=\"WATCH\"} 1.0");

        TestFolders.write(rules.resolve("watched.drl"), "rule \"unfinished\" when Customer( then");
        var refused = awaitRules(r -> r.get("lastReload").get("outcome").asText().equals("REFUSED"));
        assertThat(refused.get("version").asText()).isEqualTo(changed);
        assertThat(refused.get("lastReload").get("problems").get(0).get("problem").asText())
                .matches(".*watched\\.drl:\\d+:\\d+: .+");
        assertThat(client.evaluate(TestFolders.read(TestFolders.ONE_CUSTOMER)).status()).isEqualTo(200);

        Files.delete(rules.resolve("watched.drl"));
        awaitRules(r -> r.get("version").asText().equals(original));
        String metrics = client.get("/metrics").body();
        assertThat(metrics).containsPattern("advisor_rule_reloads_total\\{outcome=\"REFUSED\",trigger=\"WATCH\"} [1-9]");
        assertThat(metrics).containsPattern("advisor_rule_reloads_total\\{outcome=\"RELOADED\",trigger=\"WATCH\"} [1-9]");
    }

    private static String version() {
        return client.get("/v1/rules").json().get("version").asText();
    }

    private static com.fasterxml.jackson.databind.JsonNode awaitRules(
            Predicate<com.fasterxml.jackson.databind.JsonNode> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            var rulesNow = client.get("/v1/rules").json();
            if (rulesNow.has("lastReload") && condition.test(rulesNow)) {
                return rulesNow;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the rules were not reloaded within 3 minutes: " + client.get("/v1/rules").body());
    }
}
