package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.support.CliRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code advisor explain}: the advice and the chain of rules, for a person. */
class ExplainCommandTest {

    @Test
    void showsTheAdviceAndEveryRuleThatFiredWithItsFactIds() {
        CliRun run = CliRun.of("explain", "facts/samples/one-customer.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Customer havenstad-logistiek-nl")
                .contains("Recommended connectivity models")
                .contains("Rules that fired, in order")
                .contains("MODEL-COLO")
                .containsPattern("\\d+\\. Co-located at a cloud exchange.*\\(connectivity; MODEL-COLO");
    }

    @Test
    void picksOneCustomerOfAPortfolioById() {
        CliRun run = CliRun.of("explain", "--id", "veluwe-bouwgroep-nl", "facts/samples/portfolio.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Customer veluwe-bouwgroep-nl").contains("NO_CONNECTIVITY_PATH");
    }

    @Test
    void anUnknownIdIsAUsageError() {
        CliRun run = CliRun.of("explain", "--id", "nobody", "facts/samples/portfolio.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no customer with id 'nobody'");
    }

    @Test
    void explainsInDutchWithLangNl() {
        CliRun run = CliRun.of("explain", "--lang", "nl", "facts/samples/one-customer.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Klant havenstad-logistiek-nl", "Aanbevolen connectiviteitsmodellen",
                "Regels die vuurden", "oplossing:").doesNotContain("Recommended connectivity models", "remedy:");
    }

    @Test
    void recommendationTitlesAreDutchWithLangNl() {
        CliRun run = CliRun.of("explain", "--lang", "nl", "facts/samples/one-customer.json");

        assertThat(run.out()).contains("1. Co-locatie op een cloudexchange, Laag 2: CLOUD_EXCHANGE_COLOCATION op LAYER2",
                "2. Any-to-any IPVPN, beheerde Laag 3").doesNotContain("Co-location at a cloud exchange");
    }

    @Test
    void aCustomerWhoHasNotAnsweredTheConnectivityQuestionsIsIncompleteNotBlocked() {
        CliRun run = CliRun.withInput("{\"id\":\"r3\",\"connectivity\":{\"bandwidthMbps\":1500}}\n",
                "evaluate", "--format", "table", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("r3  INCOMPLETE", "connectivity.hasMplsWan (decides the model)",
                        "no connectivity model yet: the questions marked below decide it")
                .doesNotContain("NO_CONNECTIVITY_PATH", "BLOCKED", "no connectivity model fits");
    }
}
