package com.expressrouteadvisor.service;

import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.RuleSet;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The advisor requests are served with. A reload {@link #swap swaps} in a new one atomically; a request
 * {@link #acquire acquires} a lease and keeps the rule set it started with until it closes the lease, even
 * if a swap happens in between. The replaced rule set is disposed when its last lease is closed.
 */
public final class ActiveAdvisor implements AutoCloseable {

    private final AtomicReference<ServingAdvisor> current = new AtomicReference<>();

    /** A lease on the current advisor, or empty before the first rule set is loaded or after close. */
    public Optional<Lease> acquire() {
        while (true) {
            ServingAdvisor serving = current.get();
            if (serving == null) {
                return Optional.empty();
            }
            if (serving.tryAcquire()) {
                return Optional.of(new Lease(serving));
            }
            // Retired between the read and the count: a swap happened, so the next read sees the new one.
        }
    }

    /** Makes the advisor current; the one it replaces is disposed once its requests are done. */
    public void swap(Advisor advisor, RuleSet ruleSet) {
        ServingAdvisor previous = current.getAndSet(new ServingAdvisor(advisor, ruleSet));
        if (previous != null) {
            previous.release();
        }
    }

    /** The rule set new requests are served with, if any. */
    public Optional<RuleSet> ruleSet() {
        ServingAdvisor serving = current.get();
        return serving == null ? Optional.empty() : Optional.of(serving.ruleSet());
    }

    /** Stops serving: no new lease; the last rule set is disposed when its requests are done. */
    @Override
    public void close() {
        ServingAdvisor last = current.getAndSet(null);
        if (last != null) {
            last.release();
        }
    }

    /** The use of one advisor by one request; close it when the request no longer needs it. */
    public static final class Lease implements AutoCloseable {
        private final ServingAdvisor serving;
        private boolean closed;

        private Lease(ServingAdvisor serving) {
            this.serving = serving;
        }

        public Advisor advisor() {
            return serving.advisor();
        }

        public RuleSet ruleSet() {
            return serving.ruleSet();
        }

        /** Whether the rule set behind this lease has been disposed (only after every lease is closed). */
        boolean retired() {
            return serving.retired();
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                serving.release();
            }
        }
    }
}
