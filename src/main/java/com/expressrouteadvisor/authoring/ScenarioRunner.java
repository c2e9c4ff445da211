package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.advice.Plan;
import com.expressrouteadvisor.advice.PlannedChange;
import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.planner.PlanLimits;
import com.expressrouteadvisor.planner.ProfileEdits;
import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.FiredRule;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.RankedRecommendation;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationException;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.FieldError;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs scenarios against an advisor and compares the advice with what each scenario expects. Every scenario
 * is evaluated on its own; one that cannot be run says why and counts as failed.
 */
public final class ScenarioRunner {

    private final Advisor advisor;
    private final ProfileParser parser = new ProfileParser();
    private final Set<String> knownGapCodes;

    public ScenarioRunner(Advisor advisor) {
        this.advisor = advisor;
        Set<String> codes = new TreeSet<>(advisor.ruleSet().gapCatalog().entries().keySet());
        codes.addAll(RuleConclusions.of(advisor.ruleSet()).gapCodes());
        this.knownGapCodes = Set.copyOf(codes);
    }

    public ScenarioRun run(List<Scenario> scenarios) {
        return new ScenarioRun(scenarios.stream().map(this::run).toList());
    }

    public ScenarioResult run(Scenario scenario) {
        List<String> differences = new ArrayList<>(scenario.problems());
        checkGapCodes("gaps", scenario.expect().gaps(), differences);
        checkGapCodes("noGaps", scenario.expect().noGaps(), differences);
        if (scenario.given() == null) {
            return new ScenarioResult(scenario, differences, List.of(), null, 0);
        }
        ParsedProfile parsed = parser.parse(scenario.given());
        if (!parsed.isValid()) {
            differences.add("given is not a valid profile: " + parsed.errors().stream().map(FieldError::toString)
                    .collect(Collectors.joining(", ")));
            return new ScenarioResult(scenario, differences, List.of(), null, 0);
        }
        long started = System.nanoTime();
        Evaluation evaluation;
        try {
            // With a plan to check, the remedy rules fire too, so they count as exercised.
            evaluation = scenario.expectPlan() == null
                    ? advisor.evaluate(parsed.profile(), EvaluationOptions.DEFAULT.withExplain(true))
                    : advisor.assess(parsed.profile(), EvaluationOptions.DEFAULT.withExplain(true)).evaluation();
            if (scenario.expectPlan() != null) {
                PlanExpectation wanted = scenario.expectPlan();
                PlanLimits limits = PlanLimits.DEFAULT;
                if (wanted.maxChanges() != null && wanted.maxChanges() >= 1
                        && wanted.maxChanges() <= PlanLimits.MOST_CHANGES) {
                    limits = limits.withMaxChanges(wanted.maxChanges());
                }
                if ("unblocked".equals(wanted.goal())) {
                    limits = limits.withGoal(Readiness.READY_WITH_WARNINGS);
                }
                comparePlan(wanted, advisor.plan(parsed.profile(), EvaluationOptions.DEFAULT, limits), differences);
            }
        } catch (EvaluationException e) {
            differences.add("the rules failed: " + e.getMessage());
            return new ScenarioResult(scenario, differences, List.of(), null, System.nanoTime() - started);
        }
        long nanos = System.nanoTime() - started;
        compare(scenario.expect(), evaluation, differences);
        List<String> fired = evaluation.firedRules() == null ? List.of()
                : evaluation.firedRules().stream().map(FiredRule::name).toList();
        return new ScenarioResult(scenario, differences, fired, evaluation, nanos);
    }

    /** A misspelt code would make {@code noGaps} pass for ever; refuse codes no rule or catalog knows. */
    private void checkGapCodes(String key, List<String> codes, List<String> differences) {
        for (String code : codes) {
            if (!knownGapCodes.contains(code)) {
                differences.add(key + ": " + code + " is not a gap code of this rule set"
                        + Suggestions.didYouMean(code, knownGapCodes));
            }
        }
    }

    private static void compare(Expectation expect, Evaluation evaluation, List<String> differences) {
        RankedRecommendation top = evaluation.recommendations().isEmpty() ? null
                : evaluation.recommendations().get(0);
        if (expect.topModel() != null && (top == null || !top.model().name().equals(expect.topModel()))) {
            differences.add("topModel: expected " + expect.topModel() + ", got "
                    + (top == null ? "no recommendation" : top.model() + " (score " + top.score() + ")"));
        }
        if (expect.layer() != null && (top == null || !top.layer().name().equals(expect.layer()))) {
            differences.add("layer: expected " + expect.layer() + ", got "
                    + (top == null ? "no recommendation" : top.layer() + " (for " + top.model() + ")"));
        }
        List<String> raised = evaluation.gaps().stream().map(GapFinding::code).distinct().toList();
        for (String code : expect.gaps()) {
            if (!raised.contains(code)) {
                differences.add("gaps: expected " + code + ", not raised (raised: " + listOrNone(raised) + ")");
            }
        }
        for (String code : expect.noGaps()) {
            evaluation.gaps().stream().filter(g -> g.code().equals(code)).findFirst().ifPresent(g ->
                    differences.add("noGaps: " + code + " was raised by rule \"" + g.rule() + "\""));
        }
        if (expect.readiness() != null && !evaluation.readiness().name().equals(expect.readiness())) {
            differences.add("readiness: expected " + expect.readiness() + ", got " + evaluation.readiness());
        }
        List<String> asked = evaluation.questions().stream().map(OpenQuestion::field).toList();
        for (String field : expect.questions()) {
            if (!asked.contains(field)) {
                differences.add("questions: expected " + field + " to be asked (asked: " + listOrNone(asked) + ")");
            }
        }
    }

    private static void comparePlan(PlanExpectation expect, Plan plan, List<String> differences) {
        if (expect.status() != null && !plan.status().name().equals(expect.status())) {
            differences.add("expectPlan.status: expected " + expect.status() + ", got " + plan.status()
                    + describe(plan));
        }
        if (expect.readinessAfter() != null && !plan.readinessAfter().name().equals(expect.readinessAfter())) {
            differences.add("expectPlan.readinessAfter: expected " + expect.readinessAfter() + ", got "
                    + plan.readinessAfter() + describe(plan));
        }
        if (expect.changes() != null) {
            List<String> made = plan.changes().stream().map(ScenarioRunner::change).sorted().toList();
            List<String> wanted = expect.changes().stream().map(String::strip).sorted().toList();
            if (!made.equals(wanted)) {
                differences.add("expectPlan.changes: expected " + listOrNone(wanted) + ", got " + listOrNone(made));
            }
        }
        if (expect.totalCost() != null && plan.totalCost() != expect.totalCost()) {
            differences.add("expectPlan.totalCost: expected " + expect.totalCost() + ", got " + plan.totalCost()
                    + describe(plan));
        }
    }

    /** A change as a scenario writes it: field=value. */
    private static String change(PlannedChange change) {
        return change.field() + "=" + ProfileEdits.text((com.fasterxml.jackson.databind.JsonNode) change.to());
    }

    private static String describe(Plan plan) {
        return " (changes: " + listOrNone(plan.changes().stream().map(ScenarioRunner::change).toList())
                + "; remaining: " + listOrNone(plan.remaining()) + ")";
    }

    private static String listOrNone(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }
}
