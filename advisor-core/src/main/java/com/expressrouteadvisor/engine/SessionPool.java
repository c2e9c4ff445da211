package com.expressrouteadvisor.engine;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stateful sessions reused across evaluations. A session is set up once, when it is created: globals set and
 * one recorder listening. Between two evaluations it is emptied by deleting the facts the evaluation left,
 * rather than reset: a reset clears every node memory of the whole rule base, the globals and the listeners,
 * which then have to be set again (≈ 5 % of the evaluator's CPU samples), where deleting the two dozen facts of
 * one customer costs ≈ 1 % (docs/performance.md, "Hot path"). Deleting every fact leaves the working memory as a
 * new session has it (no facts, no activations), so results do not depend on which customer the session
 * evaluated before. Idle sessions wait here, the most recently used first, so a thread tends to get back the
 * session whose memory is still in its cache.
 * <p>
 * A session that cannot be reused (its evaluation failed, was stopped, or could not be emptied) is let go and a
 * new one made when needed. Nothing else holds on to it: the KieBase is told not to keep a reference to its
 * sessions, and this pool forgets it, so a customer that fails on every request costs no memory that stays
 * (Drools' own session pool keeps every session it ever made until it is shut down).
 */
final class SessionPool implements AutoCloseable {

    private final KieBase kieBase;
    private final KieSessionConfiguration configuration;
    private final Map<String, Object> globals;
    private final Deque<Lease> idle = new ConcurrentLinkedDeque<>();
    /** Sessions made and not yet let go, idle or in use. */
    private final AtomicInteger live = new AtomicInteger();
    private volatile boolean closed;

    SessionPool(KieBase kieBase, Map<String, Object> globals, int initialSize) {
        this.kieBase = kieBase;
        this.globals = globals;
        this.configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(KeepReferenceOption.NO);
        for (int i = 0; i < initialSize; i++) {
            idle.addLast(create());
        }
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

    /** Sessions made and not let go yet, idle or in use. */
    int liveSessions() {
        return live.get();
    }

    private Lease create() {
        KieSession session = kieBase.newKieSession(configuration, null);
        ConclusionRecorder recorder = new ConclusionRecorder();
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        // Globals must be set on every session, or consequences that use them fail; they stay for its lifetime.
        globals.forEach(session::setGlobal);
        live.incrementAndGet();
        return new Lease(this, session, recorder, session.getFactCount());
    }

    /**
     * One evaluation's session. {@link #close()} empties it and gives it back for reuse; {@link #discard()} lets
     * go of a session whose evaluation did not end cleanly, {@link #abandon()} of one whose thread was stopped.
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

        /** Deletes the evaluation's facts and gives the session back; one that cannot be emptied is let go. */
        @Override
        public void close() {
            if (!owner.closed && empty()) {
                owner.idle.addFirst(this);
                if (owner.closed && owner.idle.remove(this)) { // closed meanwhile: close() may have missed it
                    discard();
                }
            } else {
                discard();
            }
        }

        /**
         * Lets go of the session of an evaluation that stopped midway (the firing limit, a rule that threw):
         * activations and agenda focus may be left over, so it is disposed rather than emptied for reuse.
         */
        void discard() {
            owner.live.decrementAndGet();
            try {
                session.dispose();
            } catch (RuntimeException | LinkageError e) {
                // a session in a state Drools cannot tidy up: nothing refers to it any more, the collector takes it
            }
        }

        /**
         * Lets go of a session whose thread the watchdog stopped: its locks may still be held, so it is not even
         * disposed (that could wait forever); nothing refers to it any more, and the collector takes it.
         */
        void abandon() {
            owner.live.decrementAndGet();
        }

        private boolean empty() {
            List<FactHandle> handles = recorder.insertedHandles();
            recorder.startEmptying(); // no deletion below is an evaluation's
            try {
                // Newest first; a handle a rule (or an earlier deletion here) deleted is skipped: deleting it again
                // would only make Drools warn.
                for (int i = handles.size() - 1; i >= 0; i--) {
                    FactHandle handle = handles.get(i);
                    if (!recorder.wasDeleted(handle)) {
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
    }

    /** Disposes every session; a lease still out is disposed when it comes back. */
    @Override
    public void close() {
        closed = true;
        for (Lease lease; (lease = idle.pollFirst()) != null; ) {
            lease.discard();
        }
    }
}
