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
import com.expressrouteadvisor.advice.Resiliency;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationException;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.FieldError;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs scenarios against an advisor and compares the advice with what each scenario expects. Every scenario
 * is evaluated on its own; one that cannot be run says why and counts as failed.
 */
public final class ScenarioRunner {

    private final Advisor advisor;
    private final ProfileParser parser = ProfileParser.standard();
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
        if (scenario.expect().onlyGaps() != null) {
            checkGapCodes("onlyGaps", scenario.expect().onlyGaps(), differences);
        }
        checkGapCodes("wording", scenario.expect().wording().stream()
                .flatMap(w -> w instanceof WordingExpectation.Gap gap ? java.util.stream.Stream.of(gap.code())
                        : java.util.stream.Stream.empty()).toList(), differences);
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
                    ? advisor.evaluate(parsed.profile(), new EvaluationOptions(scenario.locale(), true))
                    : advisor.assess(parsed.profile(), new EvaluationOptions(scenario.locale(), true)).evaluation();
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
                comparePlan(wanted, advisor.plan(parsed.profile(), new EvaluationOptions(scenario.locale(), false), limits), differences);
            }
        } catch (EvaluationException e) {
            differences.add("the rules failed: " + e.getMessage());
            return new ScenarioResult(scenario, differences, List.of(), null, System.nanoTime() - started);
        } catch (IllegalArgumentException e) {
            // A message pattern that does not parse fails when its text is written: 'rules validate' names the
            // bundle line; here the scenario that met it fails instead of the whole run.
            differences.add("the advice could not be written: " + e.getMessage());
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
        for (String field : expect.noQuestions()) {
            if (asked.contains(field)) {
                differences.add("noQuestions: " + field + " was asked");
            }
        }
        sameSet("onlyGaps", expect.onlyGaps(), raised, differences);
        sameSet("onlyQuestions", expect.onlyQuestions(), asked, differences);
        if (expect.models() != null) {
            List<String> models = evaluation.recommendations().stream().map(r -> r.model() + "/" + r.layer())
                    .toList();
            if (!models.equals(expect.models())) {
                differences.add("models: expected " + listOrNone(expect.models()) + ", got " + listOrNone(models));
            }
        }
        expect.decides().forEach((field, decides) -> {
            Optional<OpenQuestion> question = evaluation.questions().stream().filter(q -> q.field().equals(field))
                    .findFirst();
            String actual = question.map(q -> q.decides() == null ? Expectation.DECIDES_NOTHING : q.decides().name())
                    .orElse(null);
            if (actual == null) {
                differences.add("decides: expected " + field + " to be asked (asked: " + listOrNone(asked) + ")");
            } else if (!actual.equals(decides)) {
                differences.add("decides: expected " + field + " to decide " + decides + ", it decides " + actual);
            }
        });
        Resiliency resiliency = evaluation.resiliency();
        Expectation.ResiliencyExpectation expected = expect.resiliency();
        if (expected != null && (resiliency == null
                || expected.tier() != null && !expected.tier().equals(resiliency.tier().name())
                || expected.score() != null && expected.score() != resiliency.score())) {
            differences.add("resiliency: expected " + (expected.tier() == null ? "" : expected.tier() + " ")
                    + (expected.score() == null ? "" : "score " + expected.score()) + ", got "
                    + (resiliency == null ? "none" : resiliency.tier() + " score " + resiliency.score()));
        }
        expect.wording().forEach(w -> differences.addAll(WordingCheck.differences(w, evaluation)));
        differences.addAll(UnfilledArguments.in(evaluation));
    }

    /** Exactly the expected names, in any order; no check when the expectation is null. */
    private static void sameSet(String key, List<String> expected, List<String> actual, List<String> differences) {
        if (expected != null && !new TreeSet<>(expected).equals(new TreeSet<>(actual))) {
            differences.add(key + ": expected " + listOrNone(expected.stream().sorted().toList()) + ", got "
                    + listOrNone(actual.stream().distinct().sorted().toList()));
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

    static String listOrNone(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }
}
