package com.expressrouteadvisor.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service started without an admin token and with a firing limit too low for any profile: evaluations fail
 * inside (a 500 naming customer and rule, no stack trace) and reload over HTTP is disabled.
 */
class ServiceFailureHttpTest {

    private static DecisionService service;
    private static ServiceClient client;

    @BeforeAll
    static void start() {
        // One firing per customer is far too few for any profile: every evaluation hits the loop guard.
        service = DecisionService.start(ServiceSettings.defaults(TestFolders.RULES, TestFolders.REFERENCE)
                .withListener("127.0.0.1", 0)
                .withMaxFirings(1));
        client = new ServiceClient(service.port());
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    @Test
    void answersAFailedEvaluationWith500NamingCustomerAndRuleWithoutStackTrace() {
        HttpResult result = client.evaluate(TestFolders.read(TestFolders.ONE_CUSTOMER));

        assertThat(result.status()).isEqualTo(500);
        JsonNode error = result.json();
        assertThat(error.get("error").asText()).isEqualTo("EVALUATION_FAILED");
        assertThat(error.get("message").asText()).contains("havenstad-logistiek-nl");
        assertThat(error.get("details").get(0).get("customerId").asText()).isEqualTo("havenstad-logistiek-nl");
        assertThat(error.get("details").get(0).get("rule").asText()).isNotBlank();
        assertThat(result.body()).doesNotContain("\tat ", "\\tat ", ".java:");
    }

    @Test
    void refusesReloadOverHttpWhenNoAdminTokenIsConfigured() {
        HttpResult result = client.reload("any-token");

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.json().get("message").asText()).contains("disabled", AdminToken.ENVIRONMENT_VARIABLE);
    }

    @Test
    void keepsServingAfterAFailedEvaluation() {
        client.evaluate(TestFolders.read(TestFolders.ONE_CUSTOMER));

        assertThat(client.get("/health").status()).isEqualTo(200);
        assertThat(client.get("/metrics").body()).contains("status=\"500\"");
    }
}
