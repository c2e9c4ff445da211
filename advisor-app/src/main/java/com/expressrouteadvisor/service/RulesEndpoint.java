package com.expressrouteadvisor.service;

import com.expressrouteadvisor.engine.RuleSet;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.http.Context;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code GET /v1/rules} describes the rule set in service; {@code POST /v1/rules/reload} re-reads the rules
 * folder (admin token required). A reload that does not compile answers 422 with every problem as
 * {@code FILE:LINE:COLUMN: message}, and the rule set in service stays.
 */
final class RulesEndpoint {

    static final String PATH = "/v1/rules";
    static final String RELOAD_PATH = "/v1/rules/reload";
    private static final Duration RELOAD_WAIT = Duration.ofMinutes(2);

    private final ActiveAdvisor active;
    private final RuleReloader reloader;
    private final AdminToken adminToken;

    RulesEndpoint(ActiveAdvisor active, RuleReloader reloader, AdminToken adminToken) {
        this.active = active;
        this.reloader = reloader;
        this.adminToken = adminToken;
    }

    /** The rule set as {@code GET /v1/rules} shows it. */
    @JsonPropertyOrder({"version", "rules", "files", "loadedAt", "warnings", "lastReload"})
    record RuleSetView(String version, int rules, List<String> files,
                       @JsonSerialize(using = ToStringSerializer.class) Instant loadedAt,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RuleProblemDetail> warnings,
                       @JsonInclude(JsonInclude.Include.NON_NULL) ReloadResult lastReload) {

        static RuleSetView of(RuleSet ruleSet, ReloadResult lastReload) {
            return new RuleSetView(ruleSet.version(), ruleSet.ruleCount(), ruleSet.files(), ruleSet.loadedAt(),
                    ruleSet.warnings().stream().map(RuleProblemDetail::of).toList(), lastReload);
        }
    }

    /** The answer to a reload that was carried out (compiled and swapped in, or found unchanged). */
    @JsonPropertyOrder({"outcome", "previousVersion", "millis", "warmUp", "ruleSet"})
    record ReloadView(ReloadResult.Outcome outcome, String previousVersion, long millis,
                      @JsonInclude(JsonInclude.Include.NON_NULL) ReloadResult.WarmUp warmUp, RuleSetView ruleSet) {
    }

    void show(Context ctx) {
        RuleSet ruleSet = active.ruleSet().orElseThrow(RulesEndpoint::notReady);
        Responses.json(ctx, 200, RuleSetView.of(ruleSet, reloader.last().orElse(null)));
    }

    void reload(Context ctx) throws InterruptedException {
        authorize(ctx.header("Authorization"));
        if ("true".equalsIgnoreCase(ctx.queryParam("dryRun"))) {
            dryRun(ctx);
            return;
        }
        ReloadResult result;
        try {
            result = reloader.reload(ReloadResult.Trigger.HTTP).get(RELOAD_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new ApiException(ApiError.of(ErrorCode.INTERNAL_ERROR, "the reload did not finish within "
                    + RELOAD_WAIT.toSeconds() + " s; it goes on in the background, see GET /v1/rules"));
        } catch (ExecutionException e) {
            throw new IllegalStateException("reload failed", e.getCause());
        }
        if (result.outcome() == ReloadResult.Outcome.REFUSED) {
            throw new ApiException(ApiError.of(ErrorCode.RULE_SET_INVALID, "the rules in " + reloader.rulesFolder()
                    + " do not compile (" + result.problems().size() + " problem"
                    + (result.problems().size() == 1 ? "" : "s") + "); still serving " + result.previousVersion(),
                    result.problemDetails()));
        }
        RuleSet ruleSet = active.ruleSet().orElseThrow(RulesEndpoint::notReady);
        Responses.json(ctx, 200, new ReloadView(result.outcome(), result.previousVersion(), result.millis(),
                result.warmUp(), RuleSetView.of(ruleSet, null)));
    }

    /**
     * {@code ?dryRun=true}: compiles the folder as a candidate and answers how the advice for the recent
     * requests would change; the rule set in service stays, and {@code lastReload} is not touched.
     */
    private void dryRun(Context ctx) throws InterruptedException {
        ReloadDryRun result;
        try {
            result = reloader.dryRun().get(RELOAD_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new ApiException(ApiError.of(ErrorCode.INTERNAL_ERROR, "the dry run did not finish within "
                    + RELOAD_WAIT.toSeconds() + " s"));
        } catch (ExecutionException e) {
            throw new IllegalStateException("dry run failed", e.getCause());
        }
        if (result.outcome() == ReloadResult.Outcome.REFUSED) {
            throw new ApiException(ApiError.of(ErrorCode.RULE_SET_INVALID, "the rules in " + reloader.rulesFolder()
                    + " do not compile (" + result.problems().size() + " problem"
                    + (result.problems().size() == 1 ? "" : "s") + "); nothing was compared, still serving "
                    + result.version(), result.problemDetails()));
        }
        Responses.json(ctx, 200, result);
    }

    private void authorize(String authorization) {
        Map<String, String> challenge = Map.of("WWW-Authenticate", "Bearer realm=\"advisor-admin\"");
        if (!adminToken.enabled()) {
            throw new ApiException(ApiError.of(ErrorCode.UNAUTHORIZED, "reload over HTTP is disabled: start the "
                    + "service with " + AdminToken.ENVIRONMENT_VARIABLE + " set to enable it"), challenge);
        }
        if (!adminToken.admits(authorization)) {
            throw new ApiException(ApiError.of(ErrorCode.UNAUTHORIZED, authorization == null
                    ? "reload needs the admin token: Authorization: Bearer <token>"
                    : "the admin token is not valid"), challenge);
        }
    }

    private static ApiException notReady() {
        return new ApiException(ApiError.of(ErrorCode.NOT_READY, "no rule set is loaded yet; retry shortly"),
                Map.of("Retry-After", "1"));
    }
}
