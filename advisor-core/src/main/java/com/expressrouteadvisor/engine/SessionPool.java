package com.expressrouteadvisor.engine;

import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.KieSession;

import java.util.Map;

/**
 * Stateful sessions reused across evaluations through Drools' session pool, which resets a session when it
 * is disposed. Each evaluation gets a clean session with the globals set and one recorder listening.
 */
final class SessionPool implements AutoCloseable {

    private final KieSessionsPool pool;
    private final Map<String, Object> globals;

    SessionPool(RuleSet ruleSet, Map<String, Object> globals, int initialSize) {
        this.pool = ruleSet.kieBase().newKieSessionsPool(initialSize);
        this.globals = globals;
    }

    /** A session for one evaluation; close it (it goes back to the pool) when done. */
    Lease acquire() {
        KieSession session = pool.newKieSession();
        // Whether a reset session keeps its listeners is Drools' business; find ours or add one.
        ConclusionRecorder recorder = null;
        for (Object listener : session.getAgendaEventListeners()) { // a loop, not a stream: once per customer
            if (listener instanceof ConclusionRecorder found) {
                recorder = found;
                break;
            }
        }
        if (recorder == null) {
            recorder = new ConclusionRecorder();
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
        }
        recorder.start();
        // Globals must be set on every session, or consequences that use them fail.
        globals.forEach(session::setGlobal);
        return new Lease(session, recorder);
    }

    /**
     * One evaluation's session. {@link #close()} gives it back for reuse; a session whose evaluation was
     * halted, stopped or failed with an Error may be in any state and is simply not given back: the pool
     * disposes it, unused, when it is shut down.
     */
    record Lease(KieSession session, ConclusionRecorder recorder) implements AutoCloseable {
        @Override
        public void close() {
            session.dispose();
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
