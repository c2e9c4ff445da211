package com.expressrouteadvisor.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /v1/rules/reload?dryRun=true} over HTTP: how the advice for recent requests would change with
 * the edited rules folder, without the edit going into service.
 */
class ReloadDryRunHttpTest {

    private static final String TOKEN = "dry-run-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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
                .withAdminToken(AdminToken.of(TOKEN)));
        client = new ServiceClient(service.port());
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    @Test
    void reportsWhoseAdviceWouldChangeAndKeepsServingTheOldRules() throws IOException {
        String portfolio = TestFolders.read(TestFolders.PORTFOLIO);
        assertThat(client.evaluate(portfolio).status()).isEqualTo(200);
        String before = client.get("/v1/rules").json().get("version").asText();

        HttpResult unchanged = dryRun(TOKEN);
        Path routing = rules.resolve("routing.drl");
        String original = Files.readString(routing);
        Files.writeString(routing, original.replace("edgeRouters < 2 )", "edgeRouters < 3 )"));
        HttpResult changed = dryRun(TOKEN);
        HttpResult withoutToken = dryRun(null);
        Files.writeString(routing, original.replace("edgeRouters < 2 )", "edgeRouters < 2 "));
        HttpResult broken = dryRun(TOKEN);
        Files.writeString(routing, original);

        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.json().get("outcome").asText()).isEqualTo("UNCHANGED");
        assertThat(unchanged.json().at("/totals/changed").asLong()).isZero();

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode report = changed.json();
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("version").asText()).isEqualTo(before);
        assertThat(report.get("candidateVersion").asText()).isNotEqualTo(before);
        assertThat(report.get("profiles").asInt()).isEqualTo(50);
        assertThat(report.get("changes")).isNotEmpty().allSatisfy(change -> {
            assertThat(change.get("gapsAdded").toString()).contains("REDUNDANCY_MISSING");
            assertThat(change.get("rulesStartedFiring").toString()).contains("two edge routers");
        });
        assertThat(report.at("/totals/changed").asInt()).isEqualTo(report.get("changes").size());

        assertThat(withoutToken.status()).isEqualTo(401);
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.json().get("details").get(0).get("problem").asText()).matches("routing\\.drl:\\d+:\\d+: .+");

        JsonNode inService = client.get("/v1/rules").json();
        assertThat(inService.get("version").asText()).isEqualTo(before);
        assertThat(inService.has("lastReload") ? inService.at("/lastReload/trigger").asText() : "STARTUP")
                .isEqualTo("STARTUP");
    }

    /**
     * With a generous deadline: the candidate compiles on the service's low-priority compile thread, which a
     * busy machine (a shared CI runner) may leave waiting for minutes.
     */
    private static HttpResult dryRun(String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port()
                        + RulesEndpoint.RELOAD_PATH + "?dryRun=true"))
                .timeout(Duration.ofMinutes(15)).POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new HttpResult(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
