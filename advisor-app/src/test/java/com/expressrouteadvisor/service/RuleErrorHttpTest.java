package com.expressrouteadvisor.service;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.expressrouteadvisor.support.TestAdvisors;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule whose consequence throws an Error fails its customer's requests with a 500 naming the rule, every time,
 * and the server goes on; its log says so once per rule, not once per request.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RuleErrorHttpTest {

    @Test
    void aRuleThatThrowsAnErrorIsA500NamingTheRuleLoggedOnce(@TempDir Path temp) {
        Path rules = TestFolders.copyOfRules(temp.resolve("rules"));
        TestFolders.write(rules.resolve("breaks.drl"), TestAdvisors.RULE_THAT_THROWS_AN_ERROR);
        Logger log = (Logger) LoggerFactory.getLogger(EvaluationFailureLog.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        DecisionService service = DecisionService.start(ServiceSettings.defaults(rules, TestFolders.REFERENCE)
                .withListener("127.0.0.1", 0));
        try {
            ServiceClient client = new ServiceClient(service.port());
            for (int i = 0; i < 20; i++) {
                HttpResult result = client.evaluate("{\"id\":\"" + TestAdvisors.ERROR_CUSTOMER + "\"}");

                assertThat(result.status()).isEqualTo(500);
                JsonNode error = result.json();
                assertThat(error.get("error").asText()).isEqualTo("EVALUATION_FAILED");
                assertThat(error.get("message").asText())
                        .contains(TestAdvisors.ERROR_CUSTOMER, "the consequence could not be linked");
                assertThat(error.get("details").get(0).get("rule").asText()).isEqualTo(TestAdvisors.ERROR_RULE);
                assertThat(result.body()).doesNotContain("\tat ", "\\tat ");
            }
            assertThat(client.evaluate("{\"id\":\"fine\"}").status()).isEqualTo(200);

            assertThat(lines.list).filteredOn(e -> e.getLevel() == Level.WARN).singleElement()
                    .satisfies(e -> assertThat(e.getFormattedMessage()).contains(TestAdvisors.ERROR_RULE));
        } finally {
            service.stop();
            log.detachAppender(lines);
        }
    }
}
