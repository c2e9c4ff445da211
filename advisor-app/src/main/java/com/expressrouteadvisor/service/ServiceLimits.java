package com.expressrouteadvisor.service;

import java.time.Duration;

/**
 * What one client, or all of them together, may take from the service: time to send a request, connections,
 * profiles per request and evaluations at once. The defaults let an ordinary gateway or CRM through untouched
 * and keep one careless or hostile client from taking the service away from the others.
 *
 * @param readTimeout              longest time to receive one request, headers and body, from its first byte
 *                                 (or from the previous answer on a kept-alive connection); slower: 408 or close
 * @param idleTimeout              longest silence on a connection before it is closed
 * @param maxConnections           open connections in total; beyond it, new ones wait in the listen backlog
 * @param maxConnectionsPerClient  open connections from one client address; beyond it, new ones are closed
 * @param maxProfiles              profiles in one request; more: 413 {@code TOO_MANY_PROFILES}
 * @param maxConcurrentEvaluations evaluation requests worked on at once; the others wait their turn
 * @param maxQueuedEvaluations     evaluation requests waiting for a turn; beyond it, or after
 *                                 {@code readTimeout} of waiting, 503 {@code BUSY}
 */
public record ServiceLimits(Duration readTimeout, Duration idleTimeout, int maxConnections,
                            int maxConnectionsPerClient, int maxProfiles, int maxConcurrentEvaluations,
                            int maxQueuedEvaluations) {

    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_CONNECTIONS = 1024;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 128;
    public static final int DEFAULT_MAX_PROFILES = 1000;
    public static final int DEFAULT_MAX_QUEUED_EVALUATIONS = 256;

    public ServiceLimits {
        positive("readTimeout", readTimeout);
        positive("idleTimeout", idleTimeout);
        atLeastOne("maxConnections", maxConnections);
        atLeastOne("maxConnectionsPerClient", maxConnectionsPerClient);
        atLeastOne("maxProfiles", maxProfiles);
        atLeastOne("maxConcurrentEvaluations", maxConcurrentEvaluations);
        if (maxQueuedEvaluations < 0) {
            throw new IllegalArgumentException("maxQueuedEvaluations must not be negative, got " + maxQueuedEvaluations);
        }
    }

    /** The defaults; evaluations at once: twice the cores, as an evaluation is short and mostly CPU. */
    public static ServiceLimits defaults() {
        return new ServiceLimits(DEFAULT_READ_TIMEOUT, DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_CONNECTIONS,
                DEFAULT_MAX_CONNECTIONS_PER_CLIENT, DEFAULT_MAX_PROFILES, defaultConcurrentEvaluations(),
                DEFAULT_MAX_QUEUED_EVALUATIONS);
    }

    public static int defaultConcurrentEvaluations() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    public ServiceLimits withReadTimeout(Duration readTimeout) {
        return new ServiceLimits(readTimeout, idleTimeout, maxConnections, maxConnectionsPerClient, maxProfiles,
                maxConcurrentEvaluations, maxQueuedEvaluations);
    }

    public ServiceLimits withConnections(int maxConnections, int maxConnectionsPerClient) {
        return new ServiceLimits(readTimeout, idleTimeout, maxConnections, maxConnectionsPerClient, maxProfiles,
                maxConcurrentEvaluations, maxQueuedEvaluations);
    }

    public ServiceLimits withMaxProfiles(int maxProfiles) {
        return new ServiceLimits(readTimeout, idleTimeout, maxConnections, maxConnectionsPerClient, maxProfiles,
                maxConcurrentEvaluations, maxQueuedEvaluations);
    }

    public ServiceLimits withEvaluations(int maxConcurrentEvaluations, int maxQueuedEvaluations) {
        return new ServiceLimits(readTimeout, idleTimeout, maxConnections, maxConnectionsPerClient, maxProfiles,
                maxConcurrentEvaluations, maxQueuedEvaluations);
    }

    private static void positive(String name, Duration duration) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
