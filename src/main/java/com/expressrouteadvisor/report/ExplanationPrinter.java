package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.FiredRule;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.RankedRecommendation;

import java.io.PrintWriter;

/** {@code explain}: one customer's advice and the chain of rules behind it, for a person to read. */
public final class ExplanationPrinter {

    public void print(Evaluation e, PrintWriter out) {
        out.printf("Customer %s: %s%n%n", e.customerId(), e.readiness());
        out.println("Recommended connectivity models");
        if (e.recommendations().isEmpty()) {
            out.println("  none: no connectivity model fits the known facts");
        }
        for (RankedRecommendation r : e.recommendations()) {
            out.printf("  %d. %s at %s (score %d)%n", r.rank(), r.model(), r.layer(), r.score());
            out.printf("     by rule \"%s\"%n", r.rule());
            r.reasons().forEach(reason -> out.printf("     - %s%n", reason));
        }
        out.println();
        out.println("Gaps");
        if (e.gaps().isEmpty()) {
            out.println("  none");
        }
        for (GapFinding g : e.gaps()) {
            out.printf("  %s %s: %s%n", g.severity(), g.code(), g.message());
            out.printf("     remedy: %s%n", g.remediation());
            out.printf("     by rule \"%s\"%s%n", g.rule(), g.reference() == null ? "" : "; see " + g.reference());
        }
        out.println();
        out.println("Open questions");
        if (e.questions().isEmpty()) {
            out.println("  none");
        }
        for (OpenQuestion q : e.questions()) {
            out.printf("  %s: %s%n", q.field(), q.why());
        }
        if (e.resiliency() != null) {
            out.printf("%nResiliency: %s, score %d/100%n", e.resiliency().tier(), e.resiliency().score());
        }
        out.println();
        out.println("Rules that fired, in order (topic; fact IDs)");
        int step = 1;
        for (FiredRule rule : e.firedRules() == null ? java.util.List.<FiredRule>of() : e.firedRules()) {
            out.printf("  %2d. %s  (%s; %s)%n", step++, rule.name(), rule.topic(),
                    rule.factIds().isEmpty() ? "no fact ID" : String.join(", ", rule.factIds()));
        }
        out.printf("%nRule set %s, %d rules%n", e.ruleSet().version(), e.ruleSet().rules());
        out.flush();
    }
}
