package com.expressrouteadvisor.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service started without an admin token and with a rule that throws for one customer id: that customer's
 * evaluation fails inside (a 500 naming customer and rule, no stack trace; in an array, an error in its place
 * and results for the others) and reload over HTTP is disabled.
 */
class ServiceFailureHttpTest {

    private static final String FAILING_ID = "the-rules-fail-on-me";

    @TempDir
    static Path folder;
    private static DecisionService service;
    private static ServiceClient client;

    @BeforeAll
    static void start() {
        Path rules = TestFolders.copyOfRules(folder.resolve("rules"));
        TestFolders.write(rules.resolve("zz-fails-for-one-customer.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;

                rule "A rule that fails for one customer"
                when
                    Customer( id == "%s" )
                then
                    throw new IllegalStateException("this rule fails on purpose");
                end
                """.formatted(FAILING_ID));
        service = DecisionService.start(ServiceSettings.defaults(rules, TestFolders.REFERENCE)
                .withListener("127.0.0.1", 0));
        client = new ServiceClient(service.port());
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    @Test
    void answersAFailedEvaluationWith500NamingCustomerAndRuleWithoutStackTrace() {
        HttpResult result = client.evaluate(failing());

        assertThat(result.status()).isEqualTo(500);
        JsonNode error = result.json();
        assertThat(error.get("error").asText()).isEqualTo("EVALUATION_FAILED");
        assertThat(error.get("message").asText()).contains(FAILING_ID);
        assertThat(error.get("details").get(0).get("customerId").asText()).isEqualTo(FAILING_ID);
        assertThat(error.get("details").get(0).get("rule").asText()).isEqualTo("A rule that fails for one customer");
        assertThat(result.body()).doesNotContain("\tat ", "\\tat ", ".java:");
    }

    @Test
    void answersTheOthersInAnArrayAndPutsAnErrorInPlaceOfTheFailedCustomer() {
        String one = TestFolders.read(TestFolders.ONE_CUSTOMER);

        HttpResult result = client.evaluate("[" + one + "," + failing() + "," + one + "]");

        assertThat(result.status()).isEqualTo(200);
        JsonNode answers = result.json();
        assertThat(answers).hasSize(3);
        assertThat(answers.get(0).get("customerId").asText()).isEqualTo("havenstad-logistiek-nl");
        assertThat(answers.get(0).get("recommendations")).isNotEmpty();
        assertThat(answers.get(1).get("customerId").asText()).isEqualTo(FAILING_ID);
        assertThat(answers.get(1).get("error").asText()).isEqualTo("EVALUATION_FAILED");
        assertThat(answers.get(1).get("rule").asText()).isEqualTo("A rule that fails for one customer");
        assertThat(answers.get(1).has("recommendations")).isFalse();
        assertThat(answers.get(2).get("recommendations")).isNotEmpty();
    }

    @Test
    void refusesReloadOverHttpWhenNoAdminTokenIsConfigured() {
        HttpResult result = client.reload("any-token");

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.json().get("message").asText()).contains("disabled", AdminToken.ENVIRONMENT_VARIABLE);
    }

    @Test
    void keepsServingAfterAFailedEvaluation() {
        client.evaluate(failing());

        assertThat(client.get("/health").status()).isEqualTo(200);
        assertThat(client.get("/metrics").body()).contains("status=\"500\"");
    }

    private static String failing() {
        return "{\"id\": \"" + FAILING_ID + "\"}";
    }
}
