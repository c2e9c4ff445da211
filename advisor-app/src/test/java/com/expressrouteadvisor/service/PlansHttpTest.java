package com.expressrouteadvisor.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /v1/plans} over real HTTP on loopback. */
class PlansHttpTest {

    private static DecisionService service;
    private static ServiceClient client;

    @BeforeAll
    static void start() {
        service = DecisionService.start(ServiceSettings.defaults(TestFolders.RULES, TestFolders.REFERENCE)
                .withListener("127.0.0.1", 0));
        client = new ServiceClient(service.port());
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    @Test
    void plansOneProfileAndAnArrayInOrder() {
        String blocked = TestFolders.read(TestFolders.ONE_CUSTOMER)
                .replace("\"azureSubscription\": true", "\"azureSubscription\": false");
        HttpResult one = client.post("/v1/plans?lang=nl&goal=unblocked", ServiceClient.JSON, blocked);
        HttpResult many = client.post("/v1/plans", ServiceClient.JSON,
                "[{\"id\": \"a\", \"azureSubscription\": false}, {\"id\": \"b\", \"azureSubscription\": true}]");

        assertThat(one.status()).isEqualTo(200);
        JsonNode plan = one.json();
        assertThat(plan.get("status").asText()).isEqualTo("PLAN_FOUND");
        assertThat(plan.at("/changes/0/field").asText()).isEqualTo("azureSubscription");
        assertThat(plan.at("/changes/0/to").asBoolean()).isTrue();
        assertThat(plan.at("/changes/0/why").asText()).startsWith("Neem een Azure-abonnement");
        assertThat(one.header("X-Rule-Set-Version")).startsWith("sha256:");
        assertThat(many.status()).isEqualTo(200);
        assertThat(many.json().get(0).get("customerId").asText()).isEqualTo("a");
        assertThat(many.json().get(0).get("status").asText()).isEqualTo("NEEDS_ANSWERS");
        assertThat(many.json().get(0).get("questionsFirst")).isNotEmpty();
        assertThat(many.json().get(1).get("customerId").asText()).isEqualTo("b");
    }

    @Test
    void refusesSearchBoundsOutOfRange() {
        HttpResult result = client.post("/v1/plans?maxEvaluations=5000", ServiceClient.JSON,
                "{\"id\": \"a\", \"azureSubscription\": false}");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json().get("error").asText()).isEqualTo("INVALID_PARAMETER");
        assertThat(result.json().get("message").asText()).contains("maxEvaluations");
    }
}
