package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.FiredRule;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.RankedRecommendation;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@code explain}: one customer's advice and the chain of rules behind it, for a person to read, with its
 * headings in the language of the advice (the advice texts themselves come from the rule set).
 */
public final class ExplanationPrinter {

    private final Locale language;
    private final ResourceBundle labels;
    private final FieldQuestions questions;

    public ExplanationPrinter(Locale language) {
        this.language = language;
        // English is the base bundle, not the JVM's default locale, whatever machine this runs on.
        this.labels = ResourceBundle.getBundle("com.expressrouteadvisor.report.explain", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.questions = new FieldQuestions(language);
    }

    public void print(Evaluation e, PrintWriter out) {
        line(out, "customer", e.customerId(), e.readiness());
        out.println();
        line(out, "models");
        if (e.recommendations().isEmpty()) {
            line(out, "models.none");
        }
        for (RankedRecommendation r : e.recommendations()) {
            line(out, "model", String.valueOf(r.rank()), r.model(), r.layer(), String.valueOf(r.score()), r.title());
            line(out, "byRule", r.rule());
            r.reasons().forEach(reason -> out.printf("     - %s%n", Unicode.printable(reason)));
        }
        out.println();
        line(out, "gaps");
        if (e.gaps().isEmpty()) {
            line(out, "none");
        }
        java.util.Set<String> remedies = new java.util.HashSet<>();
        for (GapFinding g : e.gaps()) {
            out.printf("  %s %s: %s%n", g.severity(), Unicode.printable(g.code()), Unicode.printable(g.message()));
            // The same remediation for two gaps of one customer is given once.
            if (remedies.add(g.remediation())) {
                line(out, "remedy", g.remediation());
            } else {
                line(out, "remedyAsAbove");
            }
            line(out, "byRule", g.rule());
            if (g.reference() != null) {
                line(out, "see", DocumentationLink.url(g.reference()));
            }
        }
        out.println();
        line(out, "questions");
        if (e.questions().isEmpty()) {
            line(out, "none");
        }
        for (OpenQuestion q : e.questions()) {
            if (q.decides() == null) {
                line(out, "ask", questions.ask(q.field()), q.field());
            } else {
                line(out, "askDecides", questions.ask(q.field()), q.field(),
                        labels.getString("decides." + q.decides().name()));
            }
            if (q.why() != null) {
                line(out, "why", q.why());
            }
        }
        if (e.resiliency() != null) {
            out.println();
            line(out, "resiliency", e.resiliency().tier().name(), String.valueOf(e.resiliency().score()));
        }
        if (e.plan() != null) {
            out.println();
            printPlan(e.plan(), out);
        }
        out.println();
        line(out, "fired");
        int step = 1;
        for (FiredRule rule : e.firedRules() == null ? List.<FiredRule>of() : e.firedRules()) {
            out.printf("  %2d. %s  (%s; %s)%n", step++, rule.name(), rule.topic(),
                    rule.factIds().isEmpty() ? labels.getString("noFactId") : String.join(", ", rule.factIds()));
        }
        out.println();
        line(out, "ruleSet", e.ruleSet().version(), String.valueOf(e.ruleSet().rules()));
        out.flush();
    }

    /** The plan section: each change with its cost and why, what it removes and introduces, what remains. */
    private void printPlan(com.expressrouteadvisor.advice.Plan plan, PrintWriter out) {
        line(out, "plan", plan.status().name(), plan.readinessBefore().name(), plan.readinessAfter().name(),
                String.valueOf(plan.totalCost()), String.valueOf(plan.evaluations()));
        int step = 1;
        for (com.expressrouteadvisor.advice.PlannedChange change : plan.changes()) {
            StringBuilder text = new StringBuilder(PlanOutput.describe(change)).append(" — ").append(change.why());
            if (!change.removes().isEmpty()) {
                text.append(" [-").append(String.join(", -", change.removes())).append(']');
            }
            if (!change.introduces().isEmpty()) {
                text.append(" [+").append(String.join(", +", change.introduces())).append(']');
            }
            out.printf("  %d. %s%n", step++, Unicode.printable(text.toString()));
        }
        if (!plan.remaining().isEmpty()) {
            line(out, "plan.remaining", String.join(", ", plan.remaining()));
        }
        if (!plan.questionsFirst().isEmpty()) {
            line(out, "plan.questionsFirst", String.join(", ", plan.questionsFirst().stream()
                    .map(com.expressrouteadvisor.advice.OpenQuestion::field).toList()));
        }
        if (plan.message() != null) {
            out.println("  " + Unicode.printable(plan.message()));
        }
    }

    /** Text arguments come from the profile or the rules: shown printable, never obeyed by the terminal. */
    private void line(PrintWriter out, String key, Object... arguments) {
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof String text ? Unicode.printable(text) : arguments[i];
        }
        out.println(new MessageFormat(labels.getString(key), language).format(shown));
    }
}
