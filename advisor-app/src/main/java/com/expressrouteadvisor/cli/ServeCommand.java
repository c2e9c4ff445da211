package com.expressrouteadvisor.cli;

import ch.qos.logback.classic.LoggerContext;
import com.expressrouteadvisor.engine.BundledFolders;
import com.expressrouteadvisor.engine.EvaluationLimits;
import com.expressrouteadvisor.service.AdminToken;
import com.expressrouteadvisor.service.ApiToken;
import com.expressrouteadvisor.service.BackgroundPriority;
import com.expressrouteadvisor.service.DecisionService;
import com.expressrouteadvisor.service.ReloadWarmUpLimits;
import com.expressrouteadvisor.service.ServiceLimits;
import com.expressrouteadvisor.service.ServiceSettings;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code advisor serve}: the decision service over HTTP until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the decision service over HTTP: POST /v1/evaluations, GET /v1/rules, "
                + "POST /v1/rules/reload, GET /health, GET /metrics, GET /openapi.json.",
                "Reload over HTTP needs the admin token from the environment variable "
                        + AdminToken.ENVIRONMENT_VARIABLE + " (Authorization: Bearer <token>); without it, "
                        + "reload over HTTP is disabled.",
                "With " + ApiToken.ENVIRONMENT_VARIABLE + " set, evaluations, GET /v1/rules and GET /metrics need "
                        + "that token (Authorization: Bearer <token>); without it they are open to anyone who can "
                        + "reach the port. /health and /openapi.json never need a token.",
                "Access logs are JSON lines on standard output; other logs go to standard error.",
                "SIGTERM stops taking requests and finishes those in flight before the process exits."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServiceSettings.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, every interface; 127.0.0.1 for this "
                    + "machine only, e.g. behind a gateway on the same host).")
    String host;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Longest time to receive one request, headers and body; slower clients get 408 or are "
                    + "disconnected (default: ${DEFAULT-VALUE}).")
    long readTimeoutSeconds;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest silence on a connection before it is closed (default: ${DEFAULT-VALUE}).")
    long idleTimeoutSeconds;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "" + ServiceLimits.DEFAULT_MAX_CONNECTIONS,
            description = "Open connections in total; more wait to be accepted (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--max-connections-per-client", paramLabel = "N",
            defaultValue = "" + ServiceLimits.DEFAULT_MAX_CONNECTIONS_PER_CLIENT,
            description = "Open connections from one client address; more are closed at once (default: ${DEFAULT-VALUE}).")
    int maxConnectionsPerClient;

    @Option(names = "--max-profiles", paramLabel = "N", defaultValue = "" + ServiceLimits.DEFAULT_MAX_PROFILES,
            description = "Profiles in one request; more get 413 TOO_MANY_PROFILES (default: ${DEFAULT-VALUE}).")
    int maxProfiles;

    @Option(names = "--max-concurrent-evaluations", paramLabel = "N",
            description = "Evaluation requests worked on at once; the others wait their turn (default: twice the cores).")
    Integer maxConcurrentEvaluations;

    @Option(names = "--max-queued-evaluations", paramLabel = "N",
            defaultValue = "" + ServiceLimits.DEFAULT_MAX_QUEUED_EVALUATIONS,
            description = "Evaluation requests waiting for a turn; more, or waiting longer than --read-timeout, get "
                    + "503 BUSY (default: ${DEFAULT-VALUE}).")
    int maxQueuedEvaluations;

    @Option(names = "--watch",
            description = "Reload the rules when a file under the rules folder changes (after the changes have settled).")
    boolean watch;

    @Option(names = "--watch-debounce", paramLabel = "MS", defaultValue = "500",
            description = "Quiet time after the last change before --watch reloads, in ms (default: ${DEFAULT-VALUE}).")
    long watchDebounceMillis;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ServiceSettings.DEFAULT_MAX_BODY_BYTES,
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}, 1 MiB).")
    long maxBodyBytes;

    @Option(names = "--shutdown-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long a stop waits for requests in flight (default: ${DEFAULT-VALUE}).")
    long shutdownTimeoutSeconds;

    @Option(names = "--reload-warm-up-evaluations", paramLabel = "N",
            defaultValue = "" + ReloadWarmUpLimits.SERVE_EVALUATIONS,
            description = "Evaluations of recent traffic a reloaded rule set runs before it serves, after which the "
                    + "reload waits for the JIT to go quiet, so that its code is compiled while the old one answers "
                    + "(default: ${DEFAULT-VALUE}; 0 swaps it in at once).")
    int reloadWarmUpEvaluations;

    @Option(names = "--reload-warm-up", paramLabel = "SECONDS", defaultValue = "" + ReloadWarmUpLimits.SERVE_SECONDS,
            description = "Longest time for that warm-up (default: ${DEFAULT-VALUE}).")
    long reloadWarmUpSeconds;

    @Override
    public Integer call() throws InterruptedException {
        CommandLineLogging.useServiceConfiguration(); // the access log and the service's own log: logback.xml
        if (port < 0 || port > 65_535) {
            throw new UsageException("--port " + port + ": use 0 to 65535");
        }
        if (maxBodyBytes < 1) {
            throw new UsageException("--max-body " + maxBodyBytes + ": must be at least 1");
        }
        if (watchDebounceMillis < 0 || shutdownTimeoutSeconds < 0) {
            throw new UsageException("--watch-debounce and --shutdown-timeout must not be negative");
        }
        if (reloadWarmUpEvaluations < 0 || reloadWarmUpSeconds < 0) {
            throw new UsageException("--reload-warm-up-evaluations and --reload-warm-up must not be negative");
        }
        ServiceLimits limits = limits();
        Path rules = engine.rulesFolder();
        if (watch && !rules.getFileSystem().equals(FileSystems.getDefault())) {
            throw new UsageException("--watch needs a rules folder on disk: give --rules DIR (the rules inside the "
                    + "jar never change)");
        }
        AdminToken token = AdminToken.fromEnvironment();
        ApiToken apiToken = ApiToken.fromEnvironment();
        EvaluationLimits evaluationLimits = engine.limits();
        ServiceSettings settings = new ServiceSettings(host, port, rules, engine.referenceFolder(),
                evaluationLimits.maxFirings(), evaluationLimits.maxTime(), maxBodyBytes, token, watch,
                Duration.ofMillis(watchDebounceMillis), Duration.ofSeconds(shutdownTimeoutSeconds), apiToken, limits,
                new ReloadWarmUpLimits(reloadWarmUpEvaluations, Duration.ofSeconds(reloadWarmUpSeconds)));

        PrintWriter err = spec.commandLine().getErr();
        DecisionService service = DecisionService.start(settings);
        // This process is the service's own: its JIT compiles a reloaded rule set in the time requests leave idle.
        BackgroundPriority.lowerJitCompilerThreads();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.stop();
            flushLogs();
            stopped.countDown();
        }, "advisor-shutdown"));
        err.printf("advisor: serving on http://%s:%d (rules %s, version %s)%n", host, service.port(),
                rules.getFileSystem().equals(FileSystems.getDefault()) ? rules : BundledFolders.RULES,
                service.reloader().last().map(r -> r.version()).orElse("?"));
        err.printf("advisor: reload over HTTP %s%s%n", token.enabled() ? "enabled" : "disabled (set "
                + AdminToken.ENVIRONMENT_VARIABLE + " to enable it)", watch ? "; watching the rules folder" : "");
        err.printf("advisor: evaluations, /v1/rules and /metrics %s%n", apiToken.enabled() ? "need the API token"
                : "are open (set " + ApiToken.ENVIRONMENT_VARIABLE + " to require a token)");
        err.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private ServiceLimits limits() {
        if (readTimeoutSeconds < 1 || idleTimeoutSeconds < 1) {
            throw new UsageException("--read-timeout and --idle-timeout must be at least 1 second");
        }
        if (maxConnections < 1 || maxConnectionsPerClient < 1 || maxProfiles < 1
                || (maxConcurrentEvaluations != null && maxConcurrentEvaluations < 1)) {
            throw new UsageException("--max-connections, --max-connections-per-client, --max-profiles and "
                    + "--max-concurrent-evaluations must be at least 1");
        }
        if (maxQueuedEvaluations < 0) {
            throw new UsageException("--max-queued-evaluations " + maxQueuedEvaluations + ": must not be negative");
        }
        return new ServiceLimits(Duration.ofSeconds(readTimeoutSeconds), Duration.ofSeconds(idleTimeoutSeconds),
                maxConnections, maxConnectionsPerClient, maxProfiles,
                maxConcurrentEvaluations != null ? maxConcurrentEvaluations : ServiceLimits.defaultConcurrentEvaluations(),
                maxQueuedEvaluations);
    }

    /** The access log is written from a queue: drain it before the JVM ends, or the last lines are lost. */
    private static void flushLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.stop();
        }
    }
}
