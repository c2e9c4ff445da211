package com.expressrouteadvisor.planner;

import com.expressrouteadvisor.advice.AdviceTexts;
import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.Plan;
import com.expressrouteadvisor.advice.PlanStatus;
import com.expressrouteadvisor.advice.PlannedChange;
import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.advice.Remedy;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.Assessment;
import com.expressrouteadvisor.engine.EvaluationException;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.engine.Stages;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Searches the profile changes the remedy rules propose for the cheapest set that makes a customer READY.
 *
 * <p>Uniform-cost search over sets of changes: the cheapest unexplored set is evaluated next, so the first set
 * found READY is a cheapest one. A set is explored once, however it was reached; ties are broken by the number
 * of changes and then by the changes' text, so the plan never depends on timing or threads. Each evaluated set
 * offers the remedies of its own evaluation, so a change that introduces a gap may be followed by that gap's
 * remedy. A field is changed at most once, never to the value it has, and never when an open question asks for
 * it: the planner does not answer questions in the customer's place. Every changed profile passes the real
 * profile parser before the rules see it. When READY is out of reach, the plan leads to the best readiness found
 * (READY_WITH_WARNINGS before INCOMPLETE before BLOCKED), cheapest first.
 *
 * <p>Thread-safe: each call searches on the calling thread.
 */
public final class Planner {

    private final Advisor advisor;
    private final ProfileEdits edits = new ProfileEdits(ProfileParser.standard());

    public Planner(Advisor advisor) {
        this.advisor = advisor;
    }

    /** The evaluation of the customer as it is, and its plan. */
    public record Outcome(Evaluation before, Plan plan) {
    }

    /** One step of a path: a remedy applied to its parent's profile. */
    private record Step(String field, JsonNode from, JsonNode to, Remedy remedy, String rule) {
    }

    /** A set of changes, reached by a path of steps from the customer as it is. */
    private static final class Node {
        final Node parent;
        final Step step;
        final ObjectNode json;
        final CustomerProfile profile;
        final int cost;
        final int depth;
        final String key;
        Evaluation evaluation;
        List<Remedy> remedies = List.of();
        Map<Remedy, String> rules = Map.of();

        Node(Node parent, Step step, ObjectNode json, CustomerProfile profile, int cost, String key) {
            this.parent = parent;
            this.step = step;
            this.json = json;
            this.profile = profile;
            this.cost = cost;
            this.depth = parent == null ? 0 : parent.depth + 1;
            this.key = key;
        }

        boolean changes(String field) {
            for (Node n = this; n.step != null; n = n.parent) {
                if (n.step.field.equals(field)) {
                    return true;
                }
            }
            return false;
        }

        List<Node> path() {
            List<Node> path = new ArrayList<>();
            for (Node n = this; n != null; n = n.parent) {
                path.add(0, n);
            }
            return path;
        }
    }

    private static final Comparator<Node> CHEAPEST_FIRST = Comparator.<Node>comparingInt(n -> n.cost)
            .thenComparingInt(n -> n.depth).thenComparing(n -> n.key);

    /**
     * The plan for one customer.
     *
     * @throws EvaluationException when the rules fail for the customer as it is; a changed profile the rules fail
     *                             on is left out of the search
     */
    public Outcome plan(CustomerProfile profile, EvaluationOptions options, PlanLimits limits) {
        Assessment first = advisor.assess(profile, options);
        EvaluationOptions inner = options.withExplain(false);
        Node root = new Node(null, null, edits.toJson(profile), profile, 0, "");
        root.evaluation = first.evaluation();
        root.remedies = first.remedies();
        root.rules = first.remedyRules();
        int evaluations = 1;
        Readiness before = root.evaluation.readiness();
        Evaluation plain = withoutRemedyRules(first.evaluation());
        if (before.compareTo(limits.goal()) >= 0) {
            return new Outcome(plain, plan(profile.id(), PlanStatus.ALREADY_READY, root, root,
                    evaluations, options, null));
        }

        PriorityQueue<Node> open = new PriorityQueue<>(CHEAPEST_FIRST);
        Set<String> seen = new HashSet<>();
        seen.add(root.key);
        Node best = root;
        Node node = root;
        boolean boundReached = false;
        while (true) {
            if (node.evaluation.readiness().compareTo(limits.goal()) >= 0 && node != root) {
                best = node;
                break;
            }
            if (better(node, best)) {
                best = node;
            }
            if (node.depth < limits.maxChanges()) {
                expand(node, open, seen);
            }
            node = null;
            while (node == null && !open.isEmpty()) {
                if (evaluations >= limits.maxEvaluations()) {
                    boundReached = true;
                    break;
                }
                Node next = open.poll();
                evaluations++;
                if (evaluate(next, inner)) {
                    node = next;
                }
            }
            if (node == null) {
                break;
            }
        }

        Readiness after = best.evaluation.readiness();
        PlanStatus status;
        String message = null;
        List<OpenQuestion> decisive = deciding(best.evaluation);
        if (best != root && after.compareTo(limits.goal()) >= 0) {
            status = PlanStatus.PLAN_FOUND;
        } else if (boundReached) {
            status = PlanStatus.SEARCH_BOUND_REACHED;
            message = "the search stopped after " + evaluations + " evaluations (the bound, --max-evaluations) "
                    + "before any set of at most " + limits.maxChanges() + " changes reached " + limits.goal()
                    + "; the best plan "
                    + "found so far is listed";
        } else if (before == Readiness.READY_WITH_WARNINGS && after == before) {
            status = PlanStatus.ALREADY_READY; // no set of changes removes every warning: nothing to do
            best = root;
        } else if (after == Readiness.READY_WITH_WARNINGS) {
            status = PlanStatus.PLAN_FOUND;
        } else if (!decisive.isEmpty()) {
            status = PlanStatus.NEEDS_ANSWERS;
        } else if (after.compareTo(before) > 0) {
            status = PlanStatus.PLAN_FOUND;
        } else {
            status = PlanStatus.NO_PLAN;
            best = root;
        }
        return new Outcome(plain, plan(profile.id(), status, root, best, evaluations, options, message));
    }

    /** The evaluation as a plain one reads: its fired-rule chain without the remedy rules. */
    private Evaluation withoutRemedyRules(Evaluation evaluation) {
        if (evaluation.firedRules() == null) {
            return evaluation;
        }
        var fired = evaluation.firedRules().stream().filter(rule -> {
            var info = advisor.ruleSet().rule(rule.name());
            return info == null || !Stages.REMEDY.equals(info.stage());
        }).toList();
        return new Evaluation(evaluation.customerId(), evaluation.readiness(), evaluation.recommendations(),
                evaluation.gaps(), evaluation.questions(), evaluation.resiliency(), fired, evaluation.textFallbacks(),
                evaluation.plan(), evaluation.ruleSet());
    }

    /** Evaluates a node with its remedies; false when the rules fail on the changed profile. */
    private boolean evaluate(Node node, EvaluationOptions options) {
        try {
            Assessment assessment = advisor.assess(node.profile, options);
            node.evaluation = assessment.evaluation();
            node.remedies = assessment.remedies();
            node.rules = assessment.remedyRules();
            return true;
        } catch (EvaluationException e) {
            return false;
        }
    }

    /** Better readiness first; at the same readiness the cheaper, then the one with fewer gaps left. */
    private static boolean better(Node candidate, Node best) {
        int readiness = candidate.evaluation.readiness().compareTo(best.evaluation.readiness());
        if (readiness != 0) {
            return readiness > 0;
        }
        if (candidate.cost != best.cost) {
            return candidate.cost < best.cost;
        }
        int gaps = Integer.compare(candidate.evaluation.gaps().size(), best.evaluation.gaps().size());
        if (gaps != 0) {
            return gaps < 0;
        }
        return CHEAPEST_FIRST.compare(candidate, best) < 0;
    }

    private void expand(Node node, PriorityQueue<Node> open, Set<String> seen) {
        Set<String> asked = new HashSet<>();
        node.evaluation.questions().forEach(q -> asked.add(q.field()));
        // One proposal per field and value: the cheapest remedy proposing it, the first written on a tie.
        Map<String, Remedy> proposals = new TreeMap<>();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Remedy remedy : node.remedies) {
            if (remedy.field() == null || remedy.value() == null || remedy.cost() < 1
                    || asked.contains(remedy.field()) || node.changes(remedy.field())) {
                continue;
            }
            JsonNode to = ProfileEdits.valueOf(remedy.value());
            if (to.equals(ProfileEdits.at(node.json, remedy.field()))) {
                continue;
            }
            String change = remedy.field() + "=" + to;
            values.put(change, to);
            proposals.merge(change, remedy, (a, b) -> b.cost() < a.cost() ? b : a);
        }
        for (Map.Entry<String, Remedy> proposal : proposals.entrySet()) {
            Remedy remedy = proposal.getValue();
            String key = keyOf(node, proposal.getKey());
            if (!seen.add(key)) {
                continue;
            }
            JsonNode to = values.get(proposal.getKey());
            ProfileEdits.Edit edit = edits.apply(node.json, remedy.field(), to);
            if (!edit.isValid()) {
                continue; // the profile validation refuses it: never proposed
            }
            Step step = new Step(remedy.field(), ProfileEdits.at(node.json, remedy.field()), to, remedy,
                    node.rules.get(remedy));
            open.add(new Node(node, step, edit.json(), edit.profile(), node.cost + remedy.cost(), key));
        }
    }

    /** The node's changes and one more, sorted: the same set has the same key whatever the order it was reached. */
    private static String keyOf(Node node, String change) {
        List<String> changes = new ArrayList<>();
        changes.add(change);
        for (Node n = node; n.step != null; n = n.parent) {
            changes.add(n.step.field + "=" + n.step.to);
        }
        changes.sort(null);
        return String.join("\n", changes);
    }

    private static List<OpenQuestion> deciding(Evaluation evaluation) {
        return evaluation.questions().stream().filter(q -> q.decides() != null).toList();
    }

    private Plan plan(String customerId, PlanStatus status, Node root, Node best, int evaluations,
                      EvaluationOptions options, String message) {
        AdviceTexts texts = advisor.ruleSet().texts();
        List<PlannedChange> changes = new ArrayList<>();
        List<Node> path = best.path();
        for (int i = 1; i < path.size(); i++) {
            Node node = path.get(i);
            Step step = node.step;
            Set<String> beforeCodes = codes(path.get(i - 1).evaluation);
            Set<String> afterCodes = codes(node.evaluation);
            List<String> removes = beforeCodes.stream().filter(c -> !afterCodes.contains(c)).toList();
            List<String> introduces = afterCodes.stream().filter(c -> !beforeCodes.contains(c)).toList();
            List<Object> arguments = new ArrayList<>();
            arguments.add(ProfileEdits.text(step.to));
            arguments.add(ProfileEdits.text(step.from));
            step.remedy.arguments().forEach(a -> arguments.add(a instanceof Enum<?> e ? e.name() : a));
            changes.add(new PlannedChange(step.field, step.from, step.to, step.remedy.cost(),
                    texts.remedy(step.remedy.text(), arguments, options.language()), step.remedy.gap(), step.rule,
                    removes, introduces));
        }
        List<String> remaining = List.copyOf(codes(best.evaluation));
        return new Plan(customerId, status, root.evaluation.readiness(), best.evaluation.readiness(), best.cost,
                List.copyOf(changes), remaining, deciding(best.evaluation), evaluations, message);
    }

    /** The gap codes of an evaluation, blockers first (its own order), each once. */
    private static Set<String> codes(Evaluation evaluation) {
        Set<String> codes = new LinkedHashSet<>();
        for (GapFinding gap : evaluation.gaps()) {
            codes.add(gap.code());
        }
        return codes;
    }
}
