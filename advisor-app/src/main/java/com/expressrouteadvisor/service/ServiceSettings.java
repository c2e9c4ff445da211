package com.expressrouteadvisor.service;

import com.expressrouteadvisor.engine.EvaluationLimits;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the decision service runs.
 *
 * @param host            address to listen on ({@code 0.0.0.0}: every interface)
 * @param port            TCP port; 0 picks a free one (see {@link DecisionService#port()})
 * @param rules           the rules folder, re-read on every reload
 * @param reference       the reference data folder, read once at start-up
 * @param maxFirings      most rule firings per customer before the evaluation is stopped as a loop
 * @param maxEvaluation   longest time the rules may take for one customer before the evaluation is stopped
 * @param maxBodyBytes    largest request body accepted; larger ones get 413
 * @param adminToken      guards {@code POST /v1/rules/reload}; disabled means reload over HTTP is off
 * @param watch           reload when a file under the rules folder changes
 * @param watchDebounce   quiet time after the last change before a watch reload
 * @param shutdownTimeout how long a stop waits for requests in flight
 * @param apiToken        when enabled, guards evaluations, {@code GET /v1/rules} and {@code /metrics}
 * @param limits          time, connections, profiles and evaluations one client or all may take
 * @param reloadWarmUp    how much a reloaded rule set runs on recent traffic before it serves
 */
public record ServiceSettings(String host, int port, Path rules, Path reference, int maxFirings, Duration maxEvaluation,
                              long maxBodyBytes,
                              AdminToken adminToken, boolean watch, Duration watchDebounce,
                              Duration shutdownTimeout, ApiToken apiToken, ServiceLimits limits, ReloadWarmUpLimits reloadWarmUp) {

    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_WATCH_DEBOUNCE = Duration.ofMillis(500);
    public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    public ServiceSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(maxEvaluation, "maxEvaluation");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(watchDebounce, "watchDebounce");
        Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
        Objects.requireNonNull(apiToken, "apiToken");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(reloadWarmUp, "reloadWarmUp");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be at least 1 byte, got " + maxBodyBytes);
        }
        new EvaluationLimits(maxFirings, maxEvaluation); // checks both
    }

    /**
     * The defaults for a rules and a reference folder: port 8080 on every interface, 1 MiB bodies, no watch,
     * no tokens, {@link ServiceLimits#defaults()}, {@link ReloadWarmUpLimits#DEFAULT}.
     */
    public static ServiceSettings defaults(Path rules, Path reference) {
        return new ServiceSettings("0.0.0.0", DEFAULT_PORT, rules, reference, EvaluationLimits.DEFAULT.maxFirings(),
                EvaluationLimits.DEFAULT.maxTime(), DEFAULT_MAX_BODY_BYTES, AdminToken.disabled(), false,
                DEFAULT_WATCH_DEBOUNCE, DEFAULT_SHUTDOWN_TIMEOUT, ApiToken.disabled(), ServiceLimits.defaults(),
                ReloadWarmUpLimits.DEFAULT);
    }

    public ServiceSettings withListener(String host, int port) {
        return new ServiceSettings(host, port, rules, reference, maxFirings, maxEvaluation, maxBodyBytes, adminToken, watch,
                watchDebounce, shutdownTimeout, apiToken, limits, reloadWarmUp);
    }

    public ServiceSettings withAdminToken(AdminToken adminToken) {
        return new ServiceSettings(host, port, rules, reference, maxFirings, maxEvaluation, maxBodyBytes, adminToken, watch,
                watchDebounce, shutdownTimeout, apiToken, limits, reloadWarmUp);
    }

    public ServiceSettings withWatch(boolean watch, Duration debounce) {
        return new ServiceSettings(host, port, rules, reference, maxFirings, maxEvaluation, maxBodyBytes, adminToken, watch,
                debounce, shutdownTimeout, apiToken, limits, reloadWarmUp);
    }

    public ServiceSettings withMaxFirings(int maxFirings) {
        return new ServiceSettings(host, port, rules, reference, maxFirings, maxEvaluation, maxBodyBytes, adminToken, watch,
                watchDebounce, shutdownTimeout, apiToken, limits, reloadWarmUp);
    }

    public ServiceSettings withMaxEvaluation(Duration maxEvaluation) {
        return new ServiceSettings(host, port, rules, reference, maxFirings, maxEvaluation, maxBodyBytes, adminToken, watch,
                watchDebounce, shutdownTimeout, apiToken, limits, reloadWarmUp);
    }

    public ServiceSettings withApiToken(ApiToken apiToken) {
        return new ServiceSettings(host, port, rules, reference, maxFirings, maxEvaluation, maxBodyBytes, adminToken, watch,
                watchDebounce, shutdownTimeout, apiToken, limits, reloadWarmUp);
    }

    public ServiceSettings withLimits(ServiceLimits limits) {
        return new ServiceSettings(host, port, rules, reference, maxFirings, maxEvaluation, maxBodyBytes, adminToken, watch,
                watchDebounce, shutdownTimeout, apiToken, limits, reloadWarmUp);
    }

    public ServiceSettings withReloadWarmUp(ReloadWarmUpLimits reloadWarmUp) {
        return new ServiceSettings(host, port, rules, reference, maxFirings, maxEvaluation, maxBodyBytes, adminToken, watch,
                watchDebounce, shutdownTimeout, apiToken, limits, reloadWarmUp);
    }

    /** The firing and time limits every evaluation runs under. */
    public EvaluationLimits evaluationLimits() {
        return new EvaluationLimits(maxFirings, maxEvaluation);
    }
}
