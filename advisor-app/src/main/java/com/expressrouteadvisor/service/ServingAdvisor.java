package com.expressrouteadvisor.service;

import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One compiled rule set with its advisor, counted by the requests using it. The service holds one count
 * while the rule set is current; each request holds one while it evaluates. When a reload replaces it and
 * the last request is done, the count reaches zero and the Drools container is disposed, so old rule sets
 * never pile up and never vanish under a running request.
 */
final class ServingAdvisor {

    private static final Logger LOG = LoggerFactory.getLogger(ServingAdvisor.class);

    private final Advisor advisor;
    private final RuleSet ruleSet;
    private final AtomicInteger users = new AtomicInteger(1); // the count the service holds while current

    ServingAdvisor(Advisor advisor, RuleSet ruleSet) {
        this.advisor = advisor;
        this.ruleSet = ruleSet;
    }

    Advisor advisor() {
        return advisor;
    }

    RuleSet ruleSet() {
        return ruleSet;
    }

    /** Takes a count unless the advisor is already retired (count zero), which must never be revived. */
    boolean tryAcquire() {
        while (true) {
            int current = users.get();
            if (current == 0) {
                return false;
            }
            if (users.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    void release() {
        int left = users.decrementAndGet();
        if (left == 0) {
            advisor.close();
            ruleSet.close();
            LOG.info("Rule set {} retired: no request uses it any more", ruleSet.version());
        } else if (left < 0) {
            throw new IllegalStateException("rule set " + ruleSet.version() + " released more often than acquired");
        }
    }

    boolean retired() {
        return users.get() == 0;
    }
}
