package com.expressrouteadvisor.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request whose rules spin for ever is answered like one whose rules loop: a 500 naming customer and rule,
 * and its thread is free again for the next request.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TimeLimitHttpTest {

    @Test
    void answersARuleThatRunsPastTheTimeLimitWith500NamingTheRuleAndKeepsServing(@TempDir Path temp) {
        Path rules = TestFolders.copyOfRules(temp.resolve("rules"));
        TestFolders.write(rules.resolve("spin.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;

                rule "Spins in its consequence"
                    @factId("MODEL-FOUR")
                when
                    Customer( id == "spins" )
                then
                    long spins = 1;
                    while (spins > 0) {
                        spins = (spins + 1) & Long.MAX_VALUE | 1;
                    }
                end
                """);
        DecisionService service = DecisionService.start(ServiceSettings.defaults(rules, TestFolders.REFERENCE)
                .withListener("127.0.0.1", 0).withMaxEvaluation(Duration.ofSeconds(2)));
        try {
            ServiceClient client = new ServiceClient(service.port());
            client.evaluate("{\"id\":\"warm-up\"}");

            HttpResult result = client.evaluate("{\"id\":\"spins\"}");

            assertThat(result.status()).isEqualTo(500);
            JsonNode error = result.json();
            assertThat(error.get("error").asText()).isEqualTo("EVALUATION_FAILED");
            assertThat(error.get("message").asText()).contains("2000 ms", "spins");
            assertThat(error.get("details").get(0).get("rule").asText()).isEqualTo("Spins in its consequence");
            assertThat(result.body()).doesNotContain("\tat ", "\\tat ", "ThreadDeath");
            assertThat(client.evaluate("{\"id\":\"fine\"}").status()).isEqualTo(200);
        } finally {
            service.stop();
        }
    }
}
