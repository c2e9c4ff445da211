package com.expressrouteadvisor.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /v1/rules/reload} over real HTTP against a copy of the rules that the tests edit. */
class HotReloadHttpTest {

    private static final String TOKEN = "reload-token";
    private static final String MARKER = "zz-reload-marker.drl";
    /** Enough evaluations for the JIT-quiet wait to come into play, within a short time. */
    private static final ReloadWarmUpLimits WARM_UP = new ReloadWarmUpLimits(2_000, Duration.ofSeconds(2));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;
    private static Path rules;
    private static DecisionService service;
    private static ServiceClient client;
    private static String profile;

    @BeforeAll
    static void start() {
        rules = TestFolders.copyOfRules(folder.resolve("rules"));
        service = DecisionService.start(ServiceSettings.defaults(rules, TestFolders.REFERENCE)
                .withListener("127.0.0.1", 0)
                .withAdminToken(AdminToken.of(TOKEN))
                .withReloadWarmUp(WARM_UP));
        client = new ServiceClient(service.port());
        profile = TestFolders.read(TestFolders.ONE_CUSTOMER);
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    @AfterEach
    void removeBrokenFiles() throws Exception {
        Files.deleteIfExists(rules.resolve("broken.drl"));
        if (Files.deleteIfExists(rules.resolve("messages/advice_de.properties"))) {
            client.reload(TOKEN);
        }
    }

    @Test
    void aLanguageBundleAddedToTheRulesMakesThatLanguageAvailableAfterAReload() {
        assertThat(client.post("/v1/evaluations?lang=de", ServiceClient.JSON, profile).json().get("message").asText())
                .contains("expected one of en, nl");
        TestFolders.write(rules.resolve("messages/advice_de.properties"), "recommendation.title={0}, {1} (auf Deutsch)\n");

        assertThat(client.reload(TOKEN).status()).isEqualTo(200);
        HttpResult german = client.post("/v1/evaluations?lang=de", ServiceClient.JSON, profile);

        assertThat(german.status()).isEqualTo(200);
        assertThat(german.json().get("recommendations").get(0).get("title").asText()).endsWith("(auf Deutsch)");
        assertThat(german.json().get("textFallbacks")).isNotEmpty();
    }

    @Test
    void refusesRulesThatDoNotCompileAndKeepsServingTheOldOnes() {
        String before = version(client.evaluate(profile));
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
        assertThat(error.get("message").asText()).contains("still serving " + before);
        assertThat(error.get("details")).isNotEmpty();
        assertThat(error.get("details").get(0).get("problem").asText())
                .matches(".*broken\\.drl:\\d+:\\d+: .+");
        assertThat(error.toString()).doesNotContain("\\tat ", "Exception:");

        HttpResult after = client.evaluate(profile);
        assertThat(after.status()).isEqualTo(200);
        assertThat(version(after)).isEqualTo(before);
        JsonNode described = client.get("/v1/rules").json();
        assertThat(described.get("version").asText()).isEqualTo(before);
        assertThat(described.get("lastReload").get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(described.get("lastReload").get("problems").get(0).get("problem").asText()).contains("broken.drl:");
        assertThat(described.get("lastReload").get("previousVersion").asText()).isEqualTo(before);
        assertThat(described.get("lastReload").get("version").asText()).startsWith("sha256:").isNotEqualTo(before);
    }

    @Test
    void showsTheProblemsOfARefusedReloadWithoutTheServersPaths() throws Exception {
        Path aside = folder.resolve("rules-aside");
        String absolute = rules.toRealPath().toString();
        Files.move(rules, aside);
        try {
            HttpResult refused = client.reload(TOKEN);

            assertThat(refused.status()).isEqualTo(422);
            String shown = client.get("/v1/rules").json().get("lastReload").toString();
            assertThat(shown).contains("rules folder not found").doesNotContain(absolute, rules.toString());
        } finally {
            Files.move(aside, rules);
        }
    }

    @Test
    void swapsInRulesThatCompileAndNamesTheNewVersion() throws Exception {
        Files.deleteIfExists(rules.resolve(MARKER));
        assertThat(client.reload(TOKEN).status()).isEqualTo(200);
        HttpResult before = client.evaluate(profile);
        writeMarker("swap");

        HttpResult reloaded = client.reload(TOKEN);

        assertThat(reloaded.status()).isEqualTo(200);
        assertThat(reloaded.json().get("outcome").asText()).isEqualTo("RELOADED");
        assertThat(reloaded.json().get("previousVersion").asText()).isEqualTo(version(before));
        String newVersion = reloaded.json().get("ruleSet").get("version").asText();
        assertThat(newVersion).isNotEqualTo(version(before));
        assertThat(reloaded.json().get("ruleSet").get("files").toString()).contains(MARKER);

        HttpResult after = client.evaluate(profile);
        assertThat(version(after)).isEqualTo(newVersion).isEqualTo(after.header("X-Rule-Set-Version"));
        assertThat(after.json().get("ruleSet").get("rules").asInt())
                .isEqualTo(before.json().get("ruleSet").get("rules").asInt() + 1);
        assertThat(client.get("/metrics").body())
                .containsPattern("advisor_rule_reloads_total\\{outcome=\"RELOADED\",trigger=\"HTTP\"} [1-9]")
                .contains("advisor_rule_set_info{version=\"" + newVersion + "\"} 1")
                .doesNotContain("advisor_rule_set_info{version=\"" + version(before) + "\"}")
                .as("the evaluation series of the retired rule set are gone")
                .doesNotContain("rule_set_version=\"" + version(before) + "\"");
    }

    @Test
    void aReloadThatAddsARuleThatNeverFiresGivesEveryCustomerTheSameAdviceAsBefore() throws Exception {
        // A reloaded rule set is prepared (its KieBase for plain evaluations built, warmed up) on the compile thread
        // before it serves: the advice, with the rules that fired in their order (explain), must not tell.
        List<String> customers = new ArrayList<>();
        JSON.readTree(Files.readString(TestFolders.PORTFOLIO)).forEach(customer -> customers.add(customer.toString()));
        Files.deleteIfExists(rules.resolve(MARKER));
        assertThat(client.reload(TOKEN).status()).isEqualTo(200);
        List<JsonNode> before = adviceWithoutRuleSet(customers);
        writeMarker("same-advice");

        HttpResult reloaded = client.reload(TOKEN);

        assertThat(reloaded.status()).as(reloaded.body()).isEqualTo(200);
        assertThat(reloaded.json().get("outcome").asText()).isEqualTo("RELOADED");
        assertThat(adviceWithoutRuleSet(customers)).isEqualTo(before);
    }

    /** Each customer's answer with explanation, without the part that names the rule set (version, rule count). */
    private static List<JsonNode> adviceWithoutRuleSet(List<String> customers) {
        List<JsonNode> answers = new ArrayList<>();
        for (String customer : customers) {
            HttpResult result = client.post("/v1/evaluations?explain=true", ServiceClient.JSON, customer);
            assertThat(result.status()).as(result.body()).isEqualTo(200);
            ObjectNode answer = (ObjectNode) result.json();
            answer.remove("ruleSet");
            answers.add(answer);
        }
        return answers;
    }

    @Test
    void aReloadRunsTheNewRulesOnRecentTrafficBeforeTheyServe() {
        assertThat(client.evaluate(profile).status()).isEqualTo(200); // recent traffic to warm up on
        writeMarker("warm-up");

        HttpResult reloaded = client.reload(TOKEN);

        assertThat(reloaded.status()).as(reloaded.body()).isEqualTo(200);
        JsonNode warmUp = reloaded.json().get("warmUp");
        assertThat(warmUp.get("evaluations").asInt()).isPositive();
        assertThat(warmUp.get("ending").asText()).isIn("JIT_QUIET", "MAX_TIME");
        assertThat(warmUp.get("millis").asLong()).isLessThanOrEqualTo(reloaded.json().get("millis").asLong());
        assertThat(client.get("/v1/rules").json().get("lastReload").get("warmUp")).isEqualTo(warmUp);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void evaluationsRunningThroughReloadsAllSucceed() throws Exception {
        AtomicBoolean reloading = new AtomicBoolean(true);
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> counts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            counts.add(callers.submit(() -> {
                ServiceClient own = new ServiceClient(service.port());
                int done = 0;
                int afterReloads = 0;
                while (true) {
                    boolean during = reloading.get();
                    HttpResult result = own.evaluate(profile);
                    if (result.status() != 200) {
                        failures.add(result.status() + " " + result.body());
                    } else if (!version(result).equals(result.header("X-Rule-Set-Version"))) {
                        failures.add("body names " + version(result) + ", header " + result.header("X-Rule-Set-Version"));
                    } else {
                        versionsSeen.add(version(result));
                    }
                    done++;
                    if (!during && ++afterReloads >= 3) {
                        return done; // these last ones started after the final swap
                    }
                }
            }));
        }
        List<String> reloadedTo = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            writeMarker("concurrent-" + round);
            HttpResult reloaded = client.reload(TOKEN);
            assertThat(reloaded.status()).as(reloaded.body()).isEqualTo(200);
            reloadedTo.add(reloaded.json().get("ruleSet").get("version").asText());
        }
        reloading.set(false);
        int evaluated = 0;
        for (Future<Integer> count : counts) {
            evaluated += count.get(5, TimeUnit.MINUTES);
        }
        callers.shutdown();

        assertThat(failures).isEmpty();
        assertThat(evaluated).isGreaterThanOrEqualTo(3 * 4);
        assertThat(reloadedTo).doesNotHaveDuplicates();
        assertThat(versionsSeen).hasSizeGreaterThanOrEqualTo(2).contains(reloadedTo.get(reloadedTo.size() - 1));
    }

    private static void writeMarker(String name) {
        // A rule of its own changes the content hash and the rule count, and nothing else.
        TestFolders.write(rules.resolve(MARKER), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;

                rule "Reload marker %s"
                when
                    Customer( id == "no customer has this id" )
                then
                end
                """.formatted(name));
    }

    private static String version(HttpResult result) {
        return result.json().get("ruleSet").get("version").asText();
    }
}
