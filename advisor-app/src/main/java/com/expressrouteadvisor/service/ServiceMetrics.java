package com.expressrouteadvisor.service;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.engine.RuleSet;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's meters in one Prometheus registry, scraped at {@code GET /metrics}:
 * <ul>
 * <li>{@code advisor_http_requests_seconds} – every request by method, route and status (histogram); every label
 * from a closed set ({@link HttpLabels}), so no request can add series of its own</li>
 * <li>{@code advisor_http_requests_active}, {@code advisor_http_read_timeouts_total},
 * {@code advisor_http_connections_refused_total} – requests in progress, requests that did not arrive in time,
 * connections closed for the per-client limit</li>
 * <li>{@code advisor_evaluations_seconds} – engine time per evaluated profile, by rule-set version and readiness
 * (histogram); the series of a rule set no longer in service are removed when another takes its place</li>
 * <li>{@code advisor_rejects_total} – profiles and bodies refused, by reason</li>
 * <li>{@code advisor_rule_reloads_total} – reload attempts by outcome and trigger</li>
 * <li>{@code advisor_rule_set_info} – 1, labelled with the version in service; {@code advisor_rule_set_rules}</li>
 * <li>JVM memory, GC, threads, class loading, CPU and uptime</li>
 * </ul>
 * Both histograms have the same {@link #BUCKETS}: 16 chosen edges from 100 µs to 10 s (1-2.5-5 steps, so the latency
 * objectives of 1, 5 and 10 ms are exact edges), not Micrometer's percentile histogram of about 70 edges: a series
 * costs 19 lines of scrape, and the route × status × method and version × readiness label sets multiply them.
 */
public final class ServiceMetrics implements AutoCloseable {

    /** The bucket edges of every histogram, as docs/service.md lists them. */
    static final List<Duration> BUCKETS = List.of(
            Duration.ofNanos(100_000), Duration.ofNanos(250_000), Duration.ofNanos(500_000),
            Duration.ofMillis(1), Duration.ofNanos(2_500_000), Duration.ofMillis(5),
            Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10));
    private static final Duration[] BUCKET_ARRAY = BUCKETS.toArray(Duration[]::new);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private final AtomicReference<Meter> ruleSetInfo = new AtomicReference<>();
    private final AtomicReference<RuleSet> ruleSet = new AtomicReference<>();
    private final Map<String, Timer> requestTimers = new ConcurrentHashMap<>();
    private final Map<String, Timer> evaluationTimers = new ConcurrentHashMap<>();
    private final AtomicLong activeRequests = new AtomicLong();
    private final Counter readTimeouts;
    private final Counter connectionsRefused;

    public ServiceMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("advisor.rule.set.rules", ruleSet, r -> r.get() == null ? 0 : r.get().ruleCount())
                .description("Rules in the rule set in service").register(registry);
        Gauge.builder("advisor.rule.set.loaded.timestamp", ruleSet,
                        r -> r.get() == null ? 0 : r.get().loadedAt().toEpochMilli() / 1000.0)
                .description("When the rule set in service was compiled (Unix time, seconds)").baseUnit("seconds")
                .register(registry);
        Gauge.builder("advisor.http.requests.active", activeRequests, AtomicLong::get)
                .description("Requests received or being answered now").register(registry);
        readTimeouts = Counter.builder("advisor.http.read.timeouts")
                .description("Requests whose headers and body did not arrive within the read timeout")
                .register(registry);
        connectionsRefused = Counter.builder("advisor.http.connections.refused")
                .description("Connections closed at once because their client already had the most it may")
                .tag("reason", "per_client_limit").register(registry);
    }

    /** One answered request, labelled from the closed sets of {@link HttpLabels}. */
    void request(String method, String path, int status, long nanos) {
        request(HttpLabels.method(method), HttpLabels.route(path), HttpLabels.status(status), nanos);
    }

    /** A request whose client went away before it could be answered: counted apart from server failures. */
    void clientClosed(String method, String path, long nanos) {
        request(HttpLabels.method(method), HttpLabels.route(path), HttpLabels.CLIENT_CLOSED, nanos);
    }

    private void request(String method, String route, String status, long nanos) {
        // Looked up by a plain key first: building a Timer per request costs more than the request's own meter.
        requestTimers.computeIfAbsent(method + ' ' + route + ' ' + status, key -> Timer.builder("advisor.http.requests")
                        .description("HTTP requests by method, route and status")
                        .tags("method", method, "route", route, "status", status)
                        .serviceLevelObjectives(BUCKET_ARRAY)
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    void evaluation(Evaluation result, long nanos) {
        String version = result.ruleSet().version();
        String readiness = result.readiness().name();
        evaluationTimers.computeIfAbsent(version + ' ' + readiness, key -> Timer.builder("advisor.evaluations")
                        .description("Profiles evaluated, with the engine time for each")
                        .tags("rule_set_version", version, "readiness", readiness)
                        .serviceLevelObjectives(BUCKET_ARRAY)
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** @param reason an {@link ErrorCode} name: why the profiles or the body were refused */
    void rejects(ErrorCode reason, int count) {
        Counter.builder("advisor.rejects")
                .description("Profiles (or whole bodies) refused, by reason")
                .tag("reason", reason.name())
                .register(registry)
                .increment(count);
    }

    void reload(ReloadResult result) {
        Counter.builder("advisor.rule.reloads")
                .description("Attempts to load the rules folder, by outcome and trigger")
                .tags("outcome", result.outcome().name(), "trigger", result.trigger().name())
                .register(registry)
                .increment();
    }

    void requestStarted() {
        activeRequests.incrementAndGet();
    }

    void requestEnded() {
        activeRequests.decrementAndGet();
    }

    void readTimeout() {
        readTimeouts.increment();
    }

    void connectionRefused() {
        connectionsRefused.increment();
    }

    /**
     * Labels {@code advisor_rule_set_info} with the version now in service and drops the evaluation series of
     * every other version: a service reloaded every few minutes would otherwise grow its scrape without end.
     * An evaluation that finishes on the old rule set after the swap may bring its series back until the next
     * reload; at most two versions are ever shown.
     */
    void ruleSetInService(RuleSet current) {
        ruleSet.set(current);
        evaluationTimers.entrySet().removeIf(entry -> {
            boolean retired = !current.version().equals(entry.getValue().getId().getTag("rule_set_version"));
            if (retired) {
                registry.remove(entry.getValue());
            }
            return retired;
        });
        Meter shown = ruleSetInfo.get();
        if (shown != null && current.version().equals(shown.getId().getTag("version"))) {
            return;
        }
        Meter info = Gauge.builder("advisor.rule.set.info", () -> 1)
                .description("The rule set in service, by version (always 1)")
                .tag("version", current.version())
                .register(registry);
        Meter previous = ruleSetInfo.getAndSet(info);
        if (previous != null && !previous.getId().equals(info.getId())) {
            registry.remove(previous);
        }
    }

    /** The Prometheus text exposition format. */
    public String scrape() {
        return registry.scrape();
    }

    public static String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }

    @Override
    public void close() {
        gcMetrics.close();
        registry.close();
    }
}
