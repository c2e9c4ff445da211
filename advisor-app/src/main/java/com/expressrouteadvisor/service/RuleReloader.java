package com.expressrouteadvisor.service;

import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.CompiledRuleCache;
import com.expressrouteadvisor.engine.EvaluationLimits;
import com.expressrouteadvisor.engine.EvaluationException;
import com.expressrouteadvisor.engine.RuleFiles;
import com.expressrouteadvisor.engine.RuleProblem;
import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.engine.RuleSetCompiler;
import com.expressrouteadvisor.engine.RuleSetInvalidException;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.reference.ReferenceData;
import com.expressrouteadvisor.release.CustomerChange;
import com.expressrouteadvisor.release.ImpactTotals;
import com.expressrouteadvisor.release.ReleaseDiff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Compiles the rules folder on a thread of its own, never on a request thread, one reload at a time, at a
 * lower operating-system priority than the requests ({@link BackgroundPriority}). A rule
 * set that compiles is swapped into the {@link ActiveAdvisor}; one that does not is refused with its
 * problems and the rule set in service stays. Reference data is read once at start-up and kept.
 */
public final class RuleReloader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleReloader.class);
    /** How many recent profiles the service keeps (in memory only) for warm-up and reload dry runs. */
    public static final int RECENT_PROFILES = 64;

    private final Path rulesFolder;
    private final ReferenceData reference;
    private final EvaluationLimits limits;
    private final ActiveAdvisor active;
    private final Consumer<ReloadResult> listener;
    private final Supplier<List<CustomerProfile>> warmUpProfiles;
    private final ReloadWarmUp warmUp;
    private final RuleSetCompiler compiler;
    private final ExecutorService compileThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rule-compiler");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY); // requests first: see BackgroundPriority for Linux
        return thread;
    });
    private final AtomicReference<ReloadResult> last = new AtomicReference<>();

    /**
     * @param listener       told of every result (metrics, logs); runs on the compile thread
     * @param warmUpProfiles recent traffic to run a new rule set on before it serves (may be empty)
     * @param warmUpLimits   how long that goes on
     */
    public RuleReloader(Path rulesFolder, ReferenceData reference, EvaluationLimits limits, ActiveAdvisor active,
                        Consumer<ReloadResult> listener, Supplier<List<CustomerProfile>> warmUpProfiles,
                        ReloadWarmUpLimits warmUpLimits) {
        this.rulesFolder = rulesFolder;
        this.reference = reference;
        this.limits = limits;
        this.active = active;
        this.listener = listener;
        this.warmUpProfiles = warmUpProfiles;
        this.warmUp = new ReloadWarmUp(warmUpLimits);
        // A rule set compiled before (by any run of the advisor) starts without compiling; the service never fills
        // the cache itself: building the executable model while serving would take CPU from the requests.
        // Compiling on the (low-priority) compile thread alone: Drools' own worker threads would run at normal
        // priority and take the cores from the requests during a reload.
        this.compiler = new RuleSetCompiler(reference.globals().keySet(), CompiledRuleCache.fromEnvironment().readOnly())
                .onCallingThreadOnly();
        compileThread.execute(BackgroundPriority::lowerCurrentThread);
    }

    /**
     * Compiles the first rule set and waits for it; on the compile thread too, so that a reload asked for
     * during start-up comes after it.
     *
     * @throws RuleSetInvalidException when the folder does not compile: a service must not start without rules
     */
    public ReloadResult loadInitial() {
        CompletableFuture<ReloadResult> initial = CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            RuleSet ruleSet = compiler.compile(rulesFolder);
            active.swap(new Advisor(ruleSet, reference, limits), ruleSet);
            return record(new ReloadResult(ReloadResult.Outcome.RELOADED, ReloadResult.Trigger.STARTUP,
                    Instant.now(), millisSince(started), null, ruleSet.version(), List.of(), null));
        }, compileThread);
        try {
            return initial.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Re-reads the rules folder on the compile thread; the future completes with the outcome, never exceptionally. */
    public CompletableFuture<ReloadResult> reload(ReloadResult.Trigger trigger) {
        return CompletableFuture.supplyAsync(() -> reloadNow(trigger), compileThread);
    }

    /**
     * Compiles the rules folder as a candidate, on the compile thread, and compares the advice for the recent
     * profiles (the warm-up profiles) with the rule set in service; the candidate is disposed afterwards and
     * nothing is swapped or recorded as the last reload. Completes with {@code REFUSED} and the problems when
     * the folder does not compile, with {@code UNCHANGED} when its content is the version in service.
     */
    public CompletableFuture<ReloadDryRun> dryRun() {
        return CompletableFuture.supplyAsync(this::dryRunNow, compileThread);
    }

    private ReloadDryRun dryRunNow() {
        long started = System.nanoTime();
        Optional<ActiveAdvisor.Lease> leased = active.acquire();
        if (leased.isEmpty()) {
            throw new IllegalStateException("no rule set in service yet");
        }
        try (ActiveAdvisor.Lease lease = leased.get()) {
            String current = lease.ruleSet().version();
            List<CustomerProfile> profiles = warmUpProfiles.get();
            ImpactTotals totals = new ImpactTotals(List.of());
            String candidate;
            try {
                candidate = RuleFiles.scan(rulesFolder).version();
            } catch (RuntimeException e) {
                return refusedDryRun(current, started, e);
            }
            if (candidate.equals(current)) {
                profiles.forEach(profile -> totals.addUnchanged());
                return new ReloadDryRun(ReloadResult.Outcome.UNCHANGED, current, current, millisSince(started),
                        profiles.size(), 0, totals, List.of(), List.of());
            }
            RuleSet ruleSet;
            try {
                ruleSet = compiler.compile(rulesFolder);
            } catch (RuleSetInvalidException e) {
                return new ReloadDryRun(ReloadResult.Outcome.REFUSED, current, null, millisSince(started), 0, 0, totals,
                        List.of(), e.problems().stream().map(this::relative).toList());
            } catch (RuntimeException e) {
                return refusedDryRun(current, started, e);
            }
            try (ruleSet; Advisor advisor = new Advisor(ruleSet, reference, limits)) {
                ReleaseDiff diff = new ReleaseDiff(lease.advisor(), advisor, Locale.ENGLISH);
                List<CustomerChange> changes = new ArrayList<>();
                int failed = 0;
                for (CustomerProfile profile : profiles) {
                    try {
                        Optional<CustomerChange> change = diff.compare(profile);
                        if (change.isPresent()) {
                            totals.addChanged(change.get());
                            changes.add(change.get());
                        } else {
                            totals.addUnchanged();
                        }
                    } catch (EvaluationException e) {
                        failed++;
                    }
                }
                return new ReloadDryRun(ReloadResult.Outcome.RELOADED, current, ruleSet.version(),
                        millisSince(started), profiles.size(), failed, totals, List.copyOf(changes), List.of());
            }
        }
    }

    private ReloadDryRun refusedDryRun(String current, long started, RuntimeException e) {
        LOG.warn("Dry run of {} failed", rulesFolder, e);
        String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new ReloadDryRun(ReloadResult.Outcome.REFUSED, current, null, millisSince(started), 0, 0,
                new ImpactTotals(List.of()), List.of(),
                List.of(relative(RuleProblem.error(rulesFolder.toString(), 0, 0, why))));
    }

    /** The last outcome, including refused reloads nobody waited for (the watcher's). */
    public Optional<ReloadResult> last() {
        return Optional.ofNullable(last.get());
    }

    public Path rulesFolder() {
        return rulesFolder;
    }

    private ReloadResult reloadNow(ReloadResult.Trigger trigger) {
        long started = System.nanoTime();
        String previous = active.ruleSet().map(RuleSet::version).orElse(null);
        String version = previous; // until the folder is read: a folder that cannot be read has no version
        try {
            version = RuleFiles.scan(rulesFolder).version();
            if (version.equals(previous)) {
                return record(new ReloadResult(ReloadResult.Outcome.UNCHANGED, trigger, Instant.now(),
                        millisSince(started), previous, previous, List.of(), null));
            }
            RuleSet ruleSet = compiler.compile(rulesFolder);
            Advisor advisor = new Advisor(ruleSet, reference, limits);
            ReloadResult.WarmUp warmedUp = warmUp(advisor);
            active.swap(advisor, ruleSet);
            return record(new ReloadResult(ReloadResult.Outcome.RELOADED, trigger, Instant.now(),
                    millisSince(started), previous, ruleSet.version(), List.of(), warmedUp));
        } catch (RuleSetInvalidException e) {
            return record(refused(trigger, started, previous, version, e.problems()));
        } catch (RuntimeException e) {
            // Not a located rule problem (an unreadable folder, a broken catalog): still refused, never fatal.
            LOG.warn("Reloading {} failed", rulesFolder, e);
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return record(refused(trigger, started, previous, version,
                    List.of(RuleProblem.error(rulesFolder.toString(), 0, 0, why))));
        }
    }

    /**
     * Runs the new rule set on recent traffic before it serves, here on the compile thread: right after a
     * swap the first requests would otherwise pay for interpreted code and Drools' constraint compilation.
     * The KieBase for plain evaluations is built here first, so the warm-up runs on the one that will serve.
     * The results are thrown away; a profile the new rules fail on fails again when asked for.
     */
    private ReloadResult.WarmUp warmUp(Advisor advisor) {
        // Plain evaluations move to a KieBase without the remedy rules after some hundred evaluations; built here,
        // not on a thread at normal priority (and with the warm-up on it) after the new rule set serves.
        advisor.useOwnKieBaseForPlainEvaluationsNow();
        ReloadResult.WarmUp outcome = warmUp.run(advisor, warmUpProfiles.get());
        LOG.info("New rule set warmed up on {} evaluations of recent traffic in {} ms ({})", outcome.evaluations(),
                outcome.millis(), outcome.ending());
        return outcome;
    }

    /** @param refusedVersion the content hash of the folder that did not compile: the one {@code lastReload} names */
    private ReloadResult refused(ReloadResult.Trigger trigger, long started, String previous, String refusedVersion,
                                 List<RuleProblem> problems) {
        return new ReloadResult(ReloadResult.Outcome.REFUSED, trigger, Instant.now(), millisSince(started), previous,
                refusedVersion, problems.stream().map(this::relative).toList(), null);
    }

    /**
     * The problem with every path in it relative to the rules folder: {@code GET /v1/rules} shows the problems
     * of the last reload to anyone, and where the server keeps its files is nobody's business.
     */
    private RuleProblem relative(RuleProblem problem) {
        String file = problem.file();
        String message = problem.message();
        for (String folder : spellings()) {
            if (file != null) {
                file = file.equals(folder) ? "." : file.startsWith(folder + "/") ? file.substring(folder.length() + 1) : file;
            }
            if (message != null && folder.startsWith("/")) { // a relative spelling may be a plain word ("rules")
                message = message.replace(folder + "/", "").replace(folder, ".");
            }
        }
        return new RuleProblem(file, problem.line(), problem.column(), problem.level(), message);
    }

    /** The ways the rules folder may be written in a problem, longest first. */
    private List<String> spellings() {
        List<String> spellings = new java.util.ArrayList<>();
        try {
            spellings.add(rulesFolder.toRealPath().toString());
        } catch (java.io.IOException | RuntimeException e) {
            // A folder that is gone has no real path; the other spellings remain.
        }
        spellings.add(rulesFolder.toAbsolutePath().normalize().toString());
        spellings.add(rulesFolder.toAbsolutePath().toString());
        spellings.add(rulesFolder.toString());
        return spellings.stream().filter(s -> !s.isEmpty() && !s.equals(".")).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    private ReloadResult record(ReloadResult result) {
        last.set(result);
        switch (result.outcome()) {
            case RELOADED -> {
                if (result.previousVersion() == null) {
                    LOG.info("Rule set {} from {} in service ({}, {} ms)", result.version(), rulesFolder,
                            result.trigger(), result.millis());
                } else {
                    LOG.info("Rule set {} from {} in service ({}, {} ms; replaces {})", result.version(), rulesFolder,
                            result.trigger(), result.millis(), result.previousVersion());
                }
            }
            case UNCHANGED -> LOG.info("Rules in {} unchanged ({}); still serving {}", rulesFolder, result.trigger(),
                    result.version());
            case REFUSED -> LOG.warn("Rules {} in {} refused ({}); still serving {}:{}{}", result.version(),
                    rulesFolder, result.trigger(), result.previousVersion(), System.lineSeparator(),
                    String.join(System.lineSeparator(), result.problems().stream().map(RuleProblem::toString).toList()));
        }
        try {
            listener.accept(result);
        } catch (RuntimeException e) {
            LOG.warn("Reload listener failed", e);
        }
        return result;
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    @Override
    public void close() {
        compileThread.shutdownNow();
    }
}
