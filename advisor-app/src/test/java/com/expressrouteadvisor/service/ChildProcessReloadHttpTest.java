package com.expressrouteadvisor.service;

import com.expressrouteadvisor.engine.CompiledRuleCache;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a compiled-rules cache, a reload compiles the changed rules in a child process that writes them to the
 * cache, and the server loads them from there: it never writes the cache itself, so an entry after a reload is the
 * child's. Rules that do not compile are refused with their problems, as without a cache.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ChildProcessReloadHttpTest {

    private static final String TOKEN = "reload-token";

    @TempDir
    static Path folder;
    private static Path rules;
    private static Path cache;
    private static DecisionService service;
    private static ServiceClient client;
    private static String profile;

    @BeforeAll
    static void start() {
        rules = TestFolders.copyOfRules(folder.resolve("rules"));
        cache = folder.resolve("compiled-rules");
        String before = System.getProperty(CompiledRuleCache.PROPERTY);
        System.setProperty(CompiledRuleCache.PROPERTY, cache.toString()); // read once, when the service starts
        try {
            service = DecisionService.start(ServiceSettings.defaults(rules, TestFolders.REFERENCE)
                    .withListener("127.0.0.1", 0).withAdminToken(AdminToken.of(TOKEN)));
        } finally {
            if (before == null) {
                System.clearProperty(CompiledRuleCache.PROPERTY);
            } else {
                System.setProperty(CompiledRuleCache.PROPERTY, before);
            }
        }
        client = new ServiceClient(service.port());
        profile = TestFolders.read(TestFolders.ONE_CUSTOMER);
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    @AfterEach
    void removeBrokenFile() throws IOException {
        Files.deleteIfExists(rules.resolve("broken.drl"));
    }

    @Test
    void aChangedRuleSetIsCompiledIntoTheCacheAndServedFromIt() throws IOException {
        assertThat(entries()).isEmpty(); // the first rule set was compiled in the server, which writes no entry
        int rulesBefore = client.evaluate(profile).json().get("ruleSet").get("rules").asInt();
        TestFolders.write(rules.resolve("zz-marker.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;

                rule "Reload marker compiled in a child process"
                when
                    Customer( id == "no customer has this id" )
                then
                end
                """);

        HttpResult reloaded = client.reload(TOKEN);

        assertThat(reloaded.status()).as(reloaded.body()).isEqualTo(200);
        assertThat(reloaded.json().get("outcome").asText()).isEqualTo("RELOADED");
        assertThat(entries()).hasSize(1);
        HttpResult after = client.evaluate(profile);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("ruleSet").get("version").asText())
                .isEqualTo(reloaded.json().get("ruleSet").get("version").asText());
        assertThat(after.json().get("ruleSet").get("rules").asInt()).isEqualTo(rulesBefore + 1);
    }

    @Test
    void rulesThatDoNotCompileAreRefusedWithTheirProblems() throws IOException {
        List<Path> before = entries();
        TestFolders.write(rules.resolve("broken.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;

                rule "A rule with a typo"
                when
                    Customr( azureSubscription == false )
                then
                end
                """);

        HttpResult refused = client.reload(TOKEN);

        assertThat(refused.status()).isEqualTo(422);
        JsonNode error = refused.json();
        assertThat(error.get("error").asText()).isEqualTo("RULE_SET_INVALID");
        assertThat(error.get("details").get(0).get("problem").asText()).matches(".*broken\\.drl:\\d+:\\d+: .+");
        assertThat(entries()).isEqualTo(before);
        assertThat(client.evaluate(profile).status()).isEqualTo(200);
    }

    private static List<Path> entries() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".kjar")).sorted().toList();
        }
    }
}
