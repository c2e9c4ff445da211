package com.expressrouteadvisor.planner;

import com.expressrouteadvisor.advice.Plan;
import com.expressrouteadvisor.advice.PlanStatus;
import com.expressrouteadvisor.advice.PlannedChange;
import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.expressrouteadvisor.support.TestAdvisors.REFERENCE;
import static com.expressrouteadvisor.support.TestAdvisors.profile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans on hand-made rules and profiles whose cheapest answer is known, through {@link Advisor#plan}.
 */
class PlannerTest {

    private static final String RULES = """
            package expressroute;
            import com.expressrouteadvisor.profile.Customer;
            import com.expressrouteadvisor.profile.Sku;
            import com.expressrouteadvisor.advice.Gap;
            import com.expressrouteadvisor.advice.Remedy;
            import com.expressrouteadvisor.advice.Severity;

            rule "Too many VNet links for Standard"
            when Customer( sku == Sku.STANDARD, vnetLinks != null, vnetLinks > 10 )
            then insert(new Gap("LINKS", Severity.BLOCKER));
            end

            rule "Too many routes for Standard"
            when Customer( sku == Sku.STANDARD, privatePrefixes != null, privatePrefixes > 4000 )
            then insert(new Gap("ROUTES", Severity.BLOCKER));
            end

            rule "No BGP and no managed WAN"
            when Customer( bgpCapable == false, hasMplsWan != true )
            then insert(new Gap("NO_ROUTING", Severity.BLOCKER));
            end

            rule "BGP without an ASN"
            when Customer( bgpCapable == true, asn == null )
            then insert(new Gap("NO_ASN", Severity.BLOCKER));
            end

            rule "Azure's own ASN"
            when Customer( asn != null, asn == 65515 )
            then insert(new Gap("AZURE_ASN", Severity.BLOCKER));
            end

            rule "One edge router"
            when Customer( edgeRouters != null, edgeRouters < 2 )
            then insert(new Gap("ONE_ROUTER", Severity.WARNING));
            end

            rule "Remedy: Premium for links" ruleflow-group "remedy"
            when com.expressrouteadvisor.advice.Gap( code == "LINKS" )
            then insert(new Remedy("LINKS", "azure.sku", "PREMIUM", 3, "premium"));
            end

            rule "Remedy: fewer links" ruleflow-group "remedy"
            when com.expressrouteadvisor.advice.Gap( code == "LINKS" )
            then insert(new Remedy("LINKS", "azure.vnetLinks", 10, 2, "fewer-links"));
            end

            rule "Remedy: Premium for routes" ruleflow-group "remedy"
            when com.expressrouteadvisor.advice.Gap( code == "ROUTES" )
            then insert(new Remedy("ROUTES", "azure.sku", "PREMIUM", 3, "premium"));
            end

            rule "Remedy: summarise routes" ruleflow-group "remedy"
            when com.expressrouteadvisor.advice.Gap( code == "ROUTES" )
            then insert(new Remedy("ROUTES", "routing.privatePrefixes", 4000, 2, "summarise"));
            end

            rule "Remedy: run BGP, cheap but it needs an ASN" ruleflow-group "remedy"
            when com.expressrouteadvisor.advice.Gap( code == "NO_ROUTING" )
            then insert(new Remedy("NO_ROUTING", "routing.bgpCapable", true, 1, "bgp"));
            end

            rule "Remedy: a managed WAN" ruleflow-group "remedy"
            when com.expressrouteadvisor.advice.Gap( code == "NO_ROUTING" )
            then insert(new Remedy("NO_ROUTING", "connectivity.hasMplsWan", true, 4, "wan"));
            end

            rule "Remedy: an ASN, dearly" ruleflow-group "remedy"
            when com.expressrouteadvisor.advice.Gap( code == "NO_ASN" )
            then insert(new Remedy("NO_ASN", "routing.asn", 65010L, 10, "asn"));
            end

            rule "Remedy: renumber, one the profile refuses and one it takes" ruleflow-group "remedy"
            when com.expressrouteadvisor.advice.Gap( code == "AZURE_ASN" )
            then
                insert(new Remedy("AZURE_ASN", "routing.asn", -5L, 1, "asn"));
                insert(new Remedy("AZURE_ASN", "routing.bgpCapible", true, 1, "asn"));
                insert(new Remedy("AZURE_ASN", "routing.asn", 65010L, 5, "asn"));
            end

            rule "Remedy: a second router" ruleflow-group "remedy"
            when com.expressrouteadvisor.advice.Gap( code == "ONE_ROUTER" )
            then insert(new Remedy("ONE_ROUTER", "routing.edgeRouters", 2, 8, "router"));
            end
            """;

    @TempDir
    static Path folder;
    static Advisor advisor;

    @BeforeAll
    static void build() throws IOException {
        Path rules = Files.createDirectories(folder.resolve("rules"));
        Files.writeString(rules.resolve("test.drl"), RULES, StandardCharsets.UTF_8);
        Files.createDirectories(rules.resolve("messages"));
        Files.writeString(rules.resolve("messages/advice.properties"), """
                remedy.premium=Buy Premium (SKU {1} → {0}).
                remedy.summarise=Summarise to {0} routes.
                """, StandardCharsets.UTF_8);
        advisor = Advisor.builder().rules(rules).reference(REFERENCE).build();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @Test
    void twoBlockersWithOneSharedRemedyTakeOneChange() {
        Plan plan = advisor.plan(profile("{'id': 'shared', 'azure': {'sku': 'STANDARD', 'vnetLinks': 20},"
                + " 'routing': {'privatePrefixes': 6000}}"));

        assertThat(plan.status()).isEqualTo(PlanStatus.PLAN_FOUND);
        assertThat(plan.readinessBefore()).isEqualTo(Readiness.BLOCKED);
        assertThat(plan.readinessAfter()).isEqualTo(Readiness.READY);
        assertThat(plan.changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("azure.sku");
            assertThat(PlanOutputText.of(change.from())).isEqualTo("STANDARD");
            assertThat(PlanOutputText.of(change.to())).isEqualTo("PREMIUM");
            assertThat(change.removes()).containsExactlyInAnyOrder("LINKS", "ROUTES");
            assertThat(change.why()).isEqualTo("Buy Premium (SKU STANDARD → PREMIUM).");
        });
        assertThat(plan.totalCost()).isEqualTo(3);
    }

    @Test
    void aCheapRemedyThatIntroducesABlockerIsNotChosen() {
        Plan plan = advisor.plan(profile("{'id': 'no-routing', 'routing': {'bgpCapable': false}}"));

        assertThat(plan.status()).isEqualTo(PlanStatus.PLAN_FOUND);
        assertThat(plan.changes()).extracting(PlannedChange::field).containsExactly("connectivity.hasMplsWan");
        assertThat(plan.totalCost()).isEqualTo(4);
    }

    @Test
    void changesTheProfileValidationRefusesAreNeverProposed() {
        Plan plan = advisor.plan(profile("{'id': 'azure-asn', 'routing': {'asn': 65515}}"));

        assertThat(plan.status()).isEqualTo(PlanStatus.PLAN_FOUND);
        assertThat(plan.changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("routing.asn");
            assertThat(PlanOutputText.of(change.to())).isEqualTo("65010");
            assertThat(change.cost()).isEqualTo(5);
        });
    }

    @Test
    void theSearchStopsAtItsEvaluationBoundAndSaysSo() {
        Plan plan = advisor.plan(profile("{'id': 'bounded', 'routing': {'bgpCapable': false}}"),
                EvaluationOptions.DEFAULT, new PlanLimits(4, 2));

        assertThat(plan.status()).isEqualTo(PlanStatus.SEARCH_BOUND_REACHED);
        assertThat(plan.evaluations()).isEqualTo(2);
        assertThat(plan.message()).contains("stopped after 2 evaluations").contains("--max-evaluations");
    }

    @Test
    void aCustomerNoRemedyUnblocksGetsNoPlanWithWhatRemains() {
        Plan plan = advisor.plan(profile("{'id': 'stuck', 'routing': {'bgpCapable': true}}"),
                EvaluationOptions.DEFAULT, new PlanLimits(4, 100));

        // NO_ASN's only remedy is allowed: with it the customer is ready, at its price.
        assertThat(plan.status()).isEqualTo(PlanStatus.PLAN_FOUND);
        assertThat(plan.totalCost()).isEqualTo(10);

        Plan none = advisor.plan(profile("{'id': 'stuck', 'routing': {'bgpCapable': true}}"),
                EvaluationOptions.DEFAULT, new PlanLimits(4, 1));
        assertThat(none.status()).isEqualTo(PlanStatus.SEARCH_BOUND_REACHED);
        assertThat(none.changes()).isEmpty();
        assertThat(none.remaining()).containsExactly("NO_ASN");
    }

    @Test
    void theGoalUnblockedStopsBeforeTheWarnings() {
        String json = "{'id': 'warned', 'azure': {'sku': 'STANDARD', 'vnetLinks': 20}, 'routing': {'edgeRouters': 1}}";
        Plan ready = advisor.plan(profile(json));
        Plan unblocked = advisor.plan(profile(json), EvaluationOptions.DEFAULT,
                PlanLimits.DEFAULT.withGoal(Readiness.READY_WITH_WARNINGS));

        assertThat(ready.readinessAfter()).isEqualTo(Readiness.READY);
        assertThat(ready.changes()).extracting(PlannedChange::field)
                .containsExactlyInAnyOrder("azure.vnetLinks", "routing.edgeRouters");
        assertThat(unblocked.readinessAfter()).isEqualTo(Readiness.READY_WITH_WARNINGS);
        assertThat(unblocked.changes()).extracting(PlannedChange::field).containsExactly("azure.vnetLinks");
        assertThat(unblocked.remaining()).containsExactly("ONE_ROUTER");
    }

    @Test
    void aReadyCustomerNeedsNoPlan() {
        Plan plan = advisor.plan(profile("{'id': 'fine', 'azure': {'sku': 'PREMIUM', 'vnetLinks': 20}}"));

        assertThat(plan.status()).isEqualTo(PlanStatus.ALREADY_READY);
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.evaluations()).isEqualTo(1);
    }

    @Test
    void thePlanIsTheSameOnEveryThread() throws Exception {
        List<String> profiles = List.of(
                "{'id': 'a', 'azure': {'sku': 'STANDARD', 'vnetLinks': 20}, 'routing': {'privatePrefixes': 6000}}",
                "{'id': 'b', 'routing': {'bgpCapable': false, 'edgeRouters': 1}}",
                "{'id': 'c', 'routing': {'asn': 65515, 'edgeRouters': 1}}");
        List<Plan> alone = profiles.stream().map(p -> advisor.plan(profile(p))).toList();
        List<Plan> together = profiles.parallelStream().map(p -> advisor.plan(profile(p))).toList();
        for (int round = 0; round < 20; round++) {
            assertThat(profiles.parallelStream().map(p -> advisor.plan(profile(p))).toList()).isEqualTo(alone);
        }
        assertThat(together).isEqualTo(alone);
    }

    /** How a value of a change reads. */
    private static final class PlanOutputText {
        static String of(Object value) {
            return ProfileEdits.text((com.fasterxml.jackson.databind.JsonNode) value);
        }
    }
}
