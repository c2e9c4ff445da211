package com.expressrouteadvisor.service;

import com.expressrouteadvisor.advice.RuleSetInfo;
import com.expressrouteadvisor.engine.RuleSet;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.javalin.http.Context;

import java.util.function.BooleanSupplier;

/**
 * {@code GET /health}: live while the process answers; ready once a rule set is loaded and until shutdown
 * begins. {@code /health} answers 503 when not ready, so one probe serves load balancers;
 * {@code /health/live} and {@code /health/ready} split the two for orchestrators.
 */
final class HealthEndpoint {

    enum Status { UP, STARTING, STOPPING }

    @JsonPropertyOrder({"status", "live", "ready", "ruleSet"})
    record Health(Status status, boolean live, boolean ready,
                  @JsonInclude(JsonInclude.Include.NON_NULL) RuleSetInfo ruleSet) {
    }

    private final ActiveAdvisor active;
    private final BooleanSupplier stopping;

    HealthEndpoint(ActiveAdvisor active, BooleanSupplier stopping) {
        this.active = active;
        this.stopping = stopping;
    }

    void health(Context ctx) {
        Health health = current();
        Responses.json(ctx, health.ready() ? 200 : 503, health);
    }

    void live(Context ctx) {
        Health health = current();
        Responses.json(ctx, 200, new Health(health.status(), true, health.ready(), null));
    }

    void ready(Context ctx) {
        health(ctx);
    }

    private Health current() {
        RuleSetInfo info = active.ruleSet().map(RuleSet::info).orElse(null);
        if (stopping.getAsBoolean()) {
            return new Health(Status.STOPPING, true, false, info);
        }
        return info == null ? new Health(Status.STARTING, true, false, null) : new Health(Status.UP, true, true, info);
    }
}
