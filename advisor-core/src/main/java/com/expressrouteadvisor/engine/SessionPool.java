package com.expressrouteadvisor.engine;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Stateful sessions reused across evaluations. A session is set up once, when it is created: globals set and
 * one recorder listening. Between two evaluations it is emptied by deleting the facts the evaluation left,
 * rather than reset as Drools' pool does on {@code dispose()}: a reset clears every node memory of the whole
 * rule base, the globals and the listeners, which then have to be set again (≈ 5 % of the evaluator's CPU
 * samples), where deleting the two dozen facts of one customer costs ≈ 1 % (docs/performance.md, "Hot path").
 * Deleting every fact leaves the working memory as a new session has it (no facts, no activations), so results
 * do not depend on which customer the session evaluated before.
 * Drools' pool only makes the sessions (and disposes them all on {@link #close()}); idle sessions wait here,
 * the most recently used first, so a thread tends to get back the session whose memory is still in its cache.
 */
final class SessionPool implements AutoCloseable {

    private final KieSessionsPool pool;
    private final Map<String, Object> globals;
    private final Deque<Lease> idle = new ConcurrentLinkedDeque<>();

    SessionPool(KieBase kieBase, Map<String, Object> globals, int initialSize) {
        this.pool = kieBase.newKieSessionsPool(initialSize);
        this.globals = globals;
    }

    /** A clean session for one evaluation; close the lease (back to the pool) once the evaluation succeeded. */
    Lease acquire() {
        Lease lease = idle.pollFirst();
        if (lease == null) {
            lease = create();
        }
        lease.recorder.start();
        return lease;
    }

    private Lease create() {
        KieSession session = pool.newKieSession();
        ConclusionRecorder recorder = new ConclusionRecorder();
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        // Globals must be set on every session, or consequences that use them fail; they stay for its lifetime.
        globals.forEach(session::setGlobal);
        return new Lease(this, session, recorder, session.getFactCount());
    }

    /**
     * One evaluation's session. {@link #close()} empties it and gives it back for reuse, {@link #reset()} resets
     * it in full; a session whose evaluation was halted or stopped by the watchdog, or failed with an Error, may be
     * in any state and is simply not given back: the pool disposes it, unused, when it is shut down.
     */
    static final class Lease implements AutoCloseable {
        private final SessionPool owner;
        private final KieSession session;
        private final ConclusionRecorder recorder;
        /** The facts of a session that holds none of an evaluation's (Drools' own initial fact, if it counts it). */
        private final long emptyFactCount;

        private Lease(SessionPool owner, KieSession session, ConclusionRecorder recorder, long emptyFactCount) {
            this.owner = owner;
            this.session = session;
            this.recorder = recorder;
            this.emptyFactCount = emptyFactCount;
        }

        KieSession session() {
            return session;
        }

        ConclusionRecorder recorder() {
            return recorder;
        }

        /** Deletes the evaluation's facts and gives the session back; one that cannot be emptied is dropped. */
        @Override
        public void close() {
            if (empty()) {
                owner.idle.addFirst(this);
            }
        }

        private boolean empty() {
            FactHandle[] handles = recorder.insertedHandles().toArray(new FactHandle[0]);
            recorder.start(); // no deletion below is an evaluation's
            try {
                for (int i = handles.length - 1; i >= 0; i--) {
                    FactHandle handle = handles[i];
                    if (session.getObject(handle) != null) {
                        session.delete(handle);
                    }
                }
                if (session.getFactCount() != emptyFactCount) { // a fact inserted some other way: find them all
                    for (FactHandle handle : new ArrayList<>(session.<FactHandle>getFactHandles())) {
                        if (session.getObject(handle) != null) {
                            session.delete(handle);
                        }
                    }
                }
                recorder.start();
                return session.getFactCount() == emptyFactCount;
            } catch (RuntimeException e) {
                return false; // not reusable; the evaluation itself succeeded
            }
        }

        /**
         * Gives back the session of an evaluation that Drools stopped cleanly but midway (the firing limit, a
         * consequence that threw): activations and agenda focus may be left over, so Drools resets it in full.
         */
        void reset() {
            try {
                session.dispose(); // back to Drools' pool, reset; made ready again when it next comes out
            } catch (RuntimeException e) {
                // not reusable: left for the pool's shutdown
            }
        }
    }

    @Override
    public void close() {
        idle.clear();
        pool.shutdown();
    }
}
