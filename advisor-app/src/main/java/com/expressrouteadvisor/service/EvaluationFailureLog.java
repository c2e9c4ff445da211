package com.expressrouteadvisor.service;

import com.expressrouteadvisor.engine.EvaluationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluations the rules could not finish, in the server's log: the first failure of each rule in each rule-set
 * version at WARN with its cause, so an operator sees a broken rule without a flood when every request of one
 * customer fails; the later ones at DEBUG (the counts are in {@code /metrics}).
 */
final class EvaluationFailureLog {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationFailureLog.class);
    /** Distinct rule and version pairs remembered; past it every failure is logged at WARN again. */
    private static final int REMEMBERED = 1_000;

    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    void failed(String ruleSetVersion, EvaluationException e) {
        String key = ruleSetVersion + ' ' + e.rule();
        boolean first = reported.size() >= REMEMBERED ? !reported.contains(key) : reported.add(key);
        if (first) {
            LOG.warn("Evaluation failed with rules {}: {} (later failures of this rule are logged at DEBUG)",
                    ruleSetVersion, e.getMessage(), e);
        } else {
            LOG.debug("Evaluation failed with rules {}: {}", ruleSetVersion, e.getMessage());
        }
    }
}
