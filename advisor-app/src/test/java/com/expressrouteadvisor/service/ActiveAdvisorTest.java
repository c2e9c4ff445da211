package com.expressrouteadvisor.service;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.engine.RuleSetCompiler;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.reference.ReferenceData;
import com.expressrouteadvisor.report.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The swap behind hot reload: a request keeps the rule set it started with; old ones go once unused. */
class ActiveAdvisorTest {

    @TempDir
    static Path folder;
    private static ReferenceData reference;
    private static RuleSetCompiler compiler;
    private static Path rules;
    private static CustomerProfile profile;

    @BeforeAll
    static void load() throws IOException {
        reference = ReferenceData.load(TestFolders.REFERENCE);
        compiler = new RuleSetCompiler(reference.globals().keySet());
        rules = TestFolders.copyOfRules(folder.resolve("rules"));
        profile = new ProfileParser().parse(Json.mapper().readTree(TestFolders.read(TestFolders.ONE_CUSTOMER))).profile();
    }

    @Test
    void aRequestFinishesOnTheRuleSetItStartedWithAndTheOldOneIsDisposedAfter() {
        ActiveAdvisor active = new ActiveAdvisor();
        RuleSet first = compiler.compile(rules);
        active.swap(new Advisor(first, reference, Advisor.DEFAULT_MAX_FIRINGS), first);

        try (ActiveAdvisor.Lease inFlight = active.acquire().orElseThrow()) {
            TestFolders.write(rules.resolve("extra.drl"), """
                    package expressroute;
                    import com.expressrouteadvisor.profile.Customer;
                    rule "Extra" when Customer( id == "nobody" ) then end
                    """);
            RuleSet second = compiler.compile(rules);
            active.swap(new Advisor(second, reference, Advisor.DEFAULT_MAX_FIRINGS), second);

            Evaluation late = inFlight.advisor().evaluate(profile);
            assertThat(late.ruleSet().version()).isEqualTo(first.version());
            assertThat(inFlight.retired()).isFalse();
            try (ActiveAdvisor.Lease next = active.acquire().orElseThrow()) {
                assertThat(next.advisor().evaluate(profile).ruleSet().version()).isEqualTo(second.version())
                        .isNotEqualTo(first.version());
            }

            inFlight.close();
            assertThat(inFlight.retired()).isTrue();
        } finally {
            active.close();
        }
        assertThat(active.acquire()).isEmpty();
    }

    @Test
    void hasNothingToLendBeforeTheFirstRuleSet() {
        assertThat(new ActiveAdvisor().acquire()).isEmpty();
        assertThat(new ActiveAdvisor().ruleSet()).isEmpty();
    }
}
