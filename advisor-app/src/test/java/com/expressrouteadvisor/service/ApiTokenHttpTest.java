package com.expressrouteadvisor.service;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A service started with {@code ADVISOR_API_TOKEN}: evaluations, the rule set and the metrics need it; probes do not. */
class ApiTokenHttpTest {

    private static final String TOKEN = "api-test-token";
    private static DecisionService service;
    private static ServiceClient client;

    @BeforeAll
    static void start() {
        service = DecisionService.start(ServiceSettings.defaults(TestFolders.RULES, TestFolders.REFERENCE)
                .withListener("127.0.0.1", 0)
                .withApiToken(ApiToken.of(TOKEN)));
        client = new ServiceClient(service.port());
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    @Test
    void refusesEvaluationsWithoutTheApiToken() {
        String profile = TestFolders.read(TestFolders.ONE_CUSTOMER);

        HttpResult none = client.evaluate(profile);
        HttpResult wrong = client.post("/v1/evaluations", ServiceClient.JSON, profile, "Authorization", "Bearer guess");
        HttpResult right = client.post("/v1/evaluations", ServiceClient.JSON, profile, "Authorization", "Bearer " + TOKEN);

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.json().get("error").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("message").asText()).contains("not valid");
        assertThat(right.status()).isEqualTo(200);
    }

    @Test
    void refusesTheRuleSetAndTheMetricsWithoutTheApiToken() {
        assertThat(client.get("/v1/rules").status()).isEqualTo(401);
        assertThat(client.get("/metrics").status()).isEqualTo(401);
        assertThat(client.send(java.net.http.HttpRequest.newBuilder(client.uri("/metrics"))
                .header("Authorization", "Bearer " + TOKEN)).status()).isEqualTo(200);
        assertThat(client.send(java.net.http.HttpRequest.newBuilder(client.uri("/v1/rules"))
                .header("Authorization", "Bearer " + TOKEN)).status()).isEqualTo(200);
    }

    @Test
    void keepsHealthProbesAndTheApiDescriptionOpen() {
        assertThat(client.get("/health").status()).isEqualTo(200);
        assertThat(client.get("/health/live").status()).isEqualTo(200);
        assertThat(client.get("/health/ready").status()).isEqualTo(200);
        assertThat(client.get("/openapi.json").status()).isEqualTo(200);
    }
}
