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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's meters in one Prometheus registry, scraped at {@code GET /metrics}:
 * <ul>
 * <li>{@code advisor_http_requests_seconds} – every request by method, route and status (histogram)</li>
 * <li>{@code advisor_evaluations_seconds} – engine time per evaluated profile, by rule-set version and readiness (histogram)</li>
 * <li>{@code advisor_rejects_total} – profiles and bodies refused, by reason</li>
 * <li>{@code advisor_rule_reloads_total} – reload attempts by outcome and trigger</li>
 * <li>{@code advisor_rule_set_info} – 1, labelled with the version in service; {@code advisor_rule_set_rules}</li>
 * <li>JVM memory, GC, threads, class loading, CPU and uptime</li>
 * </ul>
 * Histogram buckets run from 100 µs to 10 s, with exact edges at 5 and 10 ms for latency objectives.
 */
public final class ServiceMetrics implements AutoCloseable {

    private static final Duration[] OBJECTIVES = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private final AtomicReference<Meter> ruleSetInfo = new AtomicReference<>();
    private final AtomicReference<RuleSet> ruleSet = new AtomicReference<>();
    private final Map<String, Timer> requestTimers = new ConcurrentHashMap<>();
    private final Map<String, Timer> evaluationTimers = new ConcurrentHashMap<>();

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
    }

    /** @param route the route pattern that matched, or {@code unmatched}: never the raw path, which is unbounded */
    void request(String method, String route, int status, long nanos) {
        // Looked up by a plain key first: building a Timer per request costs more than the request's own meter.
        requestTimers.computeIfAbsent(method + ' ' + route + ' ' + status, key -> Timer.builder("advisor.http.requests")
                        .description("HTTP requests by method, route and status")
                        .tags("method", method, "route", route, "status", Integer.toString(status))
                        .publishPercentileHistogram()
                        .serviceLevelObjectives(OBJECTIVES)
                        .minimumExpectedValue(Duration.ofNanos(100_000))
                        .maximumExpectedValue(Duration.ofSeconds(10))
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    void evaluation(Evaluation result, long nanos) {
        String version = result.ruleSet().version();
        String readiness = result.readiness().name();
        evaluationTimers.computeIfAbsent(version + ' ' + readiness, key -> Timer.builder("advisor.evaluations")
                        .description("Profiles evaluated, with the engine time for each")
                        .tags("rule_set_version", version, "readiness", readiness)
                        .publishPercentileHistogram()
                        .serviceLevelObjectives(OBJECTIVES)
                        .minimumExpectedValue(Duration.ofNanos(10_000))
                        .maximumExpectedValue(Duration.ofSeconds(10))
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

    /** Labels {@code advisor_rule_set_info} with the version now in service. */
    void ruleSetInService(RuleSet current) {
        ruleSet.set(current);
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
