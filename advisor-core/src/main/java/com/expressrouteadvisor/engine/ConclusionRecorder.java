package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.Gap;
import com.expressrouteadvisor.advice.ModelFit;
import com.expressrouteadvisor.advice.Question;
import com.expressrouteadvisor.advice.Recommendation;
import com.expressrouteadvisor.advice.Remedy;
import com.expressrouteadvisor.advice.Resiliency;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Listens to one session during one evaluation: which rules fired, in order, and which rule inserted each
 * conclusion (so a gap can say which rule found it without the rule author writing its own name).
 * Belongs to one session, which one thread uses at a time; {@link #start()} clears it for reuse.
 */
final class ConclusionRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** A conclusion and the rule that inserted it (null when inserted by Java). */
    record Conclusion(Object fact, String rule) {
    }

    private final List<String> fired = new ArrayList<>();
    private final Map<String, Integer> firings = new HashMap<>();
    private final Map<Object, Conclusion> conclusions = new IdentityHashMap<>();
    private final List<Conclusion> order = new ArrayList<>();
    /** Every fact inserted during the evaluation, conclusions or not: what emptying the session deletes. */
    private final List<FactHandle> inserted = new ArrayList<>();
    /**
     * The handles deleted since {@link #start()}, by identity: emptying the session skips them without asking the
     * session whether they are still there (a lookup under the session's lock, by class name and id).
     */
    private final Set<FactHandle> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Set while the session is emptied: its deletions are no evaluation's, only their handles count. */
    private boolean emptying;
    /** The rule whose consequence is running, null between firings: the culprit when time runs out. */
    private String firing;

    void start() {
        forgetFirings();
        emptying = false;
        deleted.clear();
        firing = null;
        inserted.clear();
    }

    /** What the evaluation fired and concluded; read by then, and not wanted while its facts are deleted. */
    private void forgetFirings() {
        fired.clear();
        firings.clear();
        conclusions.clear();
        order.clear();
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
        String name = event.getMatch().getRule().getName();
        fired.add(name);
        firings.merge(name, 1, Integer::sum);
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        inserted.add(event.getFactHandle());
        Object fact = event.getObject();
        if (isConclusion(fact)) {
            Rule rule = event.getRule();
            Conclusion conclusion = new Conclusion(fact, rule == null ? null : rule.getName());
            conclusions.put(fact, conclusion);
            order.add(conclusion);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Conclusions are immutable records; nothing to follow.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        deleted.add(event.getFactHandle());
        if (emptying) {
            return;
        }
        Conclusion removed = conclusions.remove(event.getOldObject());
        if (removed != null) {
            order.removeIf(c -> c == removed);
        }
    }

    private static boolean isConclusion(Object fact) {
        return fact instanceof Gap || fact instanceof Recommendation || fact instanceof ModelFit
                || fact instanceof Question || fact instanceof Resiliency || fact instanceof Remedy;
    }

    /** The handles of the facts inserted since {@link #start()}, in order; some may have been deleted since. */
    List<FactHandle> insertedHandles() {
        return inserted;
    }

    /** True when the fact of this handle was deleted since {@link #start()}, by a rule or while emptying. */
    boolean wasDeleted(FactHandle handle) {
        return deleted.contains(handle);
    }

    /**
     * From now on deletions only mark their handles as deleted: the evaluation's conclusions have been read, and
     * emptying the session deletes them all.
     */
    void startEmptying() {
        forgetFirings();
        emptying = true;
    }

    List<String> fired() {
        return fired;
    }

    /** The rule that fired most often: the likely culprit when the firing limit is hit. */
    String busiestRule() {
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The rule whose consequence did not return (it threw or was stopped), or null. */
    String firing() {
        return firing;
    }

    int firingsOf(String rule) {
        return firings.getOrDefault(rule, 0);
    }

    List<Conclusion> conclusions() {
        return order;
    }

    String ruleOf(Object fact) {
        Conclusion c = conclusions.get(fact);
        return c == null ? null : c.rule();
    }
}
