package com.expressrouteadvisor.service;

import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.engine.RuleSetInvalidException;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.reference.ReferenceData;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * The decision service of CONTRACT §5 on an embedded Jetty (through Javalin):
 * <pre>
 * POST /v1/evaluations     one profile or an array → one result or an array
 * POST /v1/plans           one profile or an array → one plan or an array
 * GET  /v1/rules           the rule set in service
 * POST /v1/rules/reload    re-read the rules folder (admin token)
 * GET  /health             liveness and readiness (also /health/live, /health/ready)
 * GET  /metrics            Prometheus text
 * GET  /openapi.json       this API described
 * GET  /                   the consultant's workbench page (files under /workbench/)
 * </pre>
 * {@link #start} listens first and loads the rules next, so probes see "starting" rather than a refused
 * connection; it returns once the service is ready. {@link #stop} stops taking requests, lets those in
 * flight finish (up to the shutdown timeout), then disposes the rule set.
 */
public final class DecisionService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionService.class);
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final String OPENAPI_RESOURCE = "service/openapi.json";
    private static final int RESPONSE_COPY_BUFFER_BYTES = 8 * 1024;
    /** The endpoints that need {@code ADVISOR_API_TOKEN} when it is set; health probes and the API description never do. */
    private static final Set<String> GUARDED_BY_API_TOKEN = Set.of(EvaluationEndpoint.PATH,
            EvaluationEndpoint.PLANS_PATH, RulesEndpoint.PATH, "/metrics");

    private final ServiceSettings settings;
    private final ServiceMetrics metrics = new ServiceMetrics();
    private final ActiveAdvisor active = new ActiveAdvisor();
    private final RecentProfiles recent = new RecentProfiles(RuleReloader.RECENT_PROFILES);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final RuleReloader reloader;
    private final RequestReadDeadline readDeadline;
    private final Javalin app;
    private RulesWatcher watcher;

    private DecisionService(ServiceSettings settings, ReferenceData reference) {
        this.settings = settings;
        this.reloader = new RuleReloader(settings.rules(), reference, settings.evaluationLimits(), active, result -> {
            metrics.reload(result);
            active.ruleSet().ifPresent(metrics::ruleSetInService);
        }, recent::snapshot, settings.reloadWarmUp());
        ServiceLimits limits = settings.limits();
        this.readDeadline = new RequestReadDeadline(limits.readTimeout(), metrics);
        ClientConnectionLimit perClient = new ClientConnectionLimit(limits.maxConnectionsPerClient(), metrics);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.jetty.clientAbortStatus = HttpLabels.CLIENT_CLOSED_STATUS;
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(settings.host());
                connector.setPort(settings.port());
                connector.setIdleTimeout(limits.idleTimeout().toMillis());
                // On stop Jetty cuts every connection's idle timeout to this and waits for the connections to close:
                // a request still sending its body keeps its read timeout to finish, rather than Jetty's default of
                // one second, and an idle kept-alive connection delays the stop by at most as long.
                connector.setShutdownIdleTimeout(limits.readTimeout().toMillis());
                connector.addEventListener(readDeadline);
                connector.addEventListener(perClient);
                return connector;
            });
            config.jetty.modifyServer(server -> {
                server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
                // Innermost first: evaluations take turns, after their bodies are in, inside the graceful drain.
                server.insertHandler(evaluationTurns(limits));
                server.insertHandler(new RequestBodyLoader(settings.maxBodyBytes(), readDeadline, metrics));
                // Jetty waits for requests in flight on stop only with a graceful handler and a stop timeout.
                server.insertHandler(new GracefulHandler());
                server.setStopTimeout(settings.shutdownTimeout().toMillis());
                server.setErrorHandler(new JsonErrorHandler(stopping::get));
            });
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.defaultContentType = Responses.JSON;
            // Javalin copies each answer to the response through a buffer of this size, allocated per request; its
            // default is Jetty's whole output buffer (32 KB) for answers of ≈ 2 KB. Larger answers take more turns.
            config.http.responseBufferSize = RESPONSE_COPY_BUFFER_BYTES;
            config.requestLogger.http(new AccessLog(metrics));
            routes(config.routes);
            config.router.javaLangErrorHandler((response, error) -> {
                LOG.error("Fatal error while serving a request", error);
                response.setStatus(500);
            });
        });
    }

    /**
     * At most {@code maxConcurrentEvaluations} evaluation requests are worked on at once, each with its parsed
     * body and its results in memory; the others wait without holding a thread, up to {@code maxQueued} of them
     * and up to the read timeout, else 503 {@code BUSY}. Other endpoints never wait behind evaluations.
     */
    private static QoSHandler evaluationTurns(ServiceLimits limits) {
        QoSHandler turns = new QoSHandler();
        turns.includeMethod("POST");
        turns.includePath(EvaluationEndpoint.PATH);
        turns.includePath(EvaluationEndpoint.PLANS_PATH);
        turns.setMaxRequestCount(limits.maxConcurrentEvaluations());
        turns.setMaxSuspendedRequestCount(limits.maxQueuedEvaluations());
        turns.setMaxSuspend(limits.readTimeout());
        return turns;
    }

    /**
     * Starts listening, loads the rules and, with {@code watch}, watches them.
     *
     * @throws RuleSetInvalidException when the rules do not compile; nothing keeps running then
     */
    public static DecisionService start(ServiceSettings settings) {
        ReferenceData reference = ReferenceData.load(settings.reference());
        DecisionService service = new DecisionService(settings, reference);
        try {
            service.app.start();
            service.reloader.loadInitial();
            if (settings.watch()) {
                service.watcher = new RulesWatcher(settings.rules(), settings.watchDebounce(),
                        () -> service.reloader.reload(ReloadResult.Trigger.WATCH).join());
                service.watcher.start();
            }
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
        LOG.info("Decision service ready on port {} with rule set {}", service.port(),
                service.active.ruleSet().map(RuleSet::version).orElse("?"));
        if (!settings.apiToken().enabled() && !isLoopback(settings.host())) {
            LOG.warn("Listening on {} with evaluations, /v1/rules and /metrics open to anyone who can reach it: set "
                    + "{} or listen on 127.0.0.1 (--host) behind a gateway", settings.host(),
                    ApiToken.ENVIRONMENT_VARIABLE);
        }
        return service;
    }

    private void routes(RoutesConfig routes) {
        EvaluationEndpoint evaluations = new EvaluationEndpoint(active, ProfileParser.standard(), metrics, recent,
                settings.maxBodyBytes(), settings.limits().maxProfiles());
        EvaluationEndpoint plans = new EvaluationEndpoint(active, ProfileParser.standard(), metrics, recent,
                settings.maxBodyBytes(), settings.limits().maxProfiles(), true);
        RulesEndpoint rules = new RulesEndpoint(active, reloader, settings.adminToken());
        HealthEndpoint health = new HealthEndpoint(active, stopping::get);
        byte[] openApi = openApi();

        routes.before(ctx -> {
            String given = ctx.header(Responses.REQUEST_ID);
            String id = given != null && SAFE_REQUEST_ID.matcher(given).matches() ? given : newRequestId();
            ctx.attribute(Responses.REQUEST_ID, id);
            ctx.header(Responses.REQUEST_ID, id);
        });
        routes.before(ctx -> {
            if (GUARDED_BY_API_TOKEN.contains(ctx.path()) && !settings.apiToken().admits(ctx.header("Authorization"))) {
                throw new ApiException(ApiError.of(ErrorCode.UNAUTHORIZED, ctx.header("Authorization") == null
                        ? "this endpoint needs the API token: Authorization: Bearer <token>"
                        : "the API token is not valid"), Map.of("WWW-Authenticate", "Bearer realm=\"advisor\""));
            }
            String tooLarge = ctx.attribute(RequestBodyLoader.TOO_LARGE);
            if (tooLarge != null) {
                metrics.rejects(ErrorCode.BODY_TOO_LARGE, 1);
                throw new ApiException(ApiError.of(ErrorCode.BODY_TOO_LARGE, "the body has " + tooLarge
                        + "; the limit is " + settings.maxBodyBytes() + " bytes: send fewer profiles per request"));
            }
        });
        routes.post(EvaluationEndpoint.PATH, evaluations);
        routes.post(EvaluationEndpoint.PLANS_PATH, plans);
        routes.get(RulesEndpoint.PATH, rules::show);
        routes.post(RulesEndpoint.RELOAD_PATH, rules::reload);
        routes.get("/health", health::health);
        routes.get("/health/live", health::live);
        routes.get("/health/ready", health::ready);
        routes.get("/metrics", ctx -> ctx.contentType(ServiceMetrics.contentType()).result(metrics.scrape()));
        routes.get("/openapi.json", ctx -> ctx.contentType(Responses.JSON).result(openApi));
        new WorkbenchPage().routes(routes);

        routes.exception(ApiException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            Responses.error(ctx, e.error());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            ErrorCode code = ErrorCode.forStatus(e.getStatus());
            String message = switch (code) {
                case NOT_FOUND -> "no such endpoint: " + ctx.method() + " " + ctx.path();
                case METHOD_NOT_ALLOWED -> ctx.method() + " is not allowed on " + ctx.path();
                default -> e.getMessage();
            };
            if (code == ErrorCode.METHOD_NOT_ALLOWED && e.getDetails().containsKey("availableMethods")) {
                ctx.header("Allow", e.getDetails().get("availableMethods"));
            }
            Responses.json(ctx, e.getStatus(), new ApiError(code, message, List.of(), ctx.attribute(Responses.REQUEST_ID)));
        });
        routes.exception(Exception.class, (e, ctx) -> {
            String id = ctx.attribute(Responses.REQUEST_ID);
            if (clientWentAway(e)) {
                LOG.debug("Request {} {} (request id {}): the client went away ({})", ctx.method(), ctx.path(), id,
                        e.toString());
                ctx.status(HttpLabels.CLIENT_CLOSED_STATUS);
                return;
            }
            LOG.error("Request {} {} failed (request id {})", ctx.method(), ctx.path(), id, e);
            Responses.error(ctx, ApiError.of(ErrorCode.INTERNAL_ERROR,
                    "internal error; the server log has the details under request id " + id));
        });
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EofException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    /** 64 random bits in hex: unique enough to find a request in the logs, and no SecureRandom lock per request. */
    private static String newRequestId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    private static byte[] openApi() {
        try (InputStream in = DecisionService.class.getClassLoader().getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("this build has no " + OPENAPI_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OPENAPI_RESOURCE, e);
        }
    }

    /** The port the service listens on (the one picked when the settings said 0). */
    public int port() {
        return app.port();
    }

    public ServiceSettings settings() {
        return settings;
    }

    /** The rule set in service and its reloads; for embedding the service in a larger program. */
    public RuleReloader reloader() {
        return reloader;
    }

    /**
     * Stops gracefully: readiness turns false, new connections are refused, requests in flight finish (up to
     * the shutdown timeout), then the watcher, the compile thread and the rule set are closed. Idempotent.
     */
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Decision service stopping; finishing requests in flight");
        if (watcher != null) {
            watcher.close();
        }
        try {
            app.stop();
        } finally {
            readDeadline.close();
            reloader.close();
            active.close();
            metrics.close();
        }
        LOG.info("Decision service stopped");
    }

    @Override
    public void close() {
        stop();
    }
}
