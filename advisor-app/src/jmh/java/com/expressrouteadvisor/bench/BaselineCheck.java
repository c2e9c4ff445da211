package com.expressrouteadvisor.bench;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.CustomerProfile;

import java.util.List;

/**
 * Verifies that the hand-coded baseline concludes exactly what Drools concludes with the same rule files,
 * on a generated portfolio; the benchmarks call it before measuring, so a stale baseline cannot produce
 * a flattering figure. Run alone: {@code java -cp target/benchmarks.jar com.expressrouteadvisor.bench.BaselineCheck 100000}.
 */
public final class BaselineCheck {

    private BaselineCheck() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (BenchFixture fixture = new BenchFixture()) {
            verify(fixture, BenchFixture.profiles(count));
            System.out.println("hand-coded baseline agrees with Drools on " + count + " profiles ("
                    + fixture.subset.ruleSet().ruleCount() + " rules)");
        }
    }

    static void verify(BenchFixture fixture, List<CustomerProfile> profiles) {
        for (CustomerProfile profile : profiles) {
            Evaluation drools = comparable(fixture.subset.evaluate(profile, EvaluationOptions.DEFAULT));
            Evaluation java = comparable(fixture.handCoded.evaluate(profile, EvaluationOptions.DEFAULT));
            if (!drools.equals(java)) {
                throw new IllegalStateException("the hand-coded baseline no longer matches the rules for customer "
                        + profile.id() + ":\n  drools:     " + drools + "\n  hand-coded: " + java);
            }
        }
    }

    /** Which of two rules reporting the same gap is named depends on firing order; everything else must match. */
    private static Evaluation comparable(Evaluation e) {
        List<GapFinding> gaps = e.gaps().stream()
                .map(g -> new GapFinding(g.code(), g.severity(), g.message(), g.remediation(), null, g.reference()))
                .toList();
        return new Evaluation(e.customerId(), e.readiness(), e.recommendations(), gaps, e.questions(), e.resiliency(),
                e.firedRules(), e.ruleSet());
    }
}
