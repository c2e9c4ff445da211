package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.Plan;
import com.expressrouteadvisor.advice.Remedy;
import com.expressrouteadvisor.planner.PlanLimits;
import com.expressrouteadvisor.planner.Planner;
import com.expressrouteadvisor.profile.Customer;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.reference.ReferenceData;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The advisor: a compiled rule set plus reference data, built once, shared by any number of threads
 * (CONTRACT §6). This and {@link EvaluationOptions} are the whole embedding API; the results are the
 * records of {@code com.expressrouteadvisor.advice}, profiles come from {@code ProfileParser}.
 *
 * <pre>{@code
 * try (Advisor advisor = Advisor.builder()
 *         .rules(Path.of("rules"))                  // leave out for the rules packaged in the jar
 *         .reference(Path.of("facts/reference"))    // leave out for the packaged reference data
 *         .build()) {
 *     Evaluation advice = advisor.evaluate(profile);
 *     advice.recommendations().get(0).model();     // e.g. CLOUD_EXCHANGE_COLOCATION
 *     advice.ruleSet().version();                  // sha256:… of the rule files that decided
 *
 *     advisor.evaluateAll(profiles.stream())        // lazily, in order; parallel() spreads it over cores
 *            .forEach(result -> …);
 * }
 * }</pre>
 * A rule set that does not compile fails {@link Builder#build()} with a {@link RuleSetInvalidException}
 * whose {@link RuleSetInvalidException#problems() problems} read {@code FILE:LINE:COLUMN: message}.
 * Every method may be called from any thread at any time; each evaluation runs in a session of its own,
 * so results do not depend on what other threads evaluate. The advisor writes nothing to standard output
 * or error; it logs through SLF4J only.
 */
public final class Advisor implements AutoCloseable {

    public static final int DEFAULT_MAX_FIRINGS = EvaluationLimits.DEFAULT_MAX_FIRINGS;
    /**
     * Evaluations after which plain evaluations move to a KieBase of their own ({@link RuleSet#kieBaseForPlainEvaluations()}).
     * Building it costs a KieBase, on a thread of its own; a run of a few customers is over before it would pay off.
     */
    private static final int EVALUATIONS_BEFORE_LEAN_KIEBASE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(Advisor.class);

    private final RuleSet ruleSet;
    private final ReferenceData reference;
    private final int maxFirings;
    private final long maxNanos;
    private final EvaluationWatchdog watchdog = EvaluationWatchdog.process();
    /** Sessions of the full KieBase: assessments for the planner, and evaluations until the lean ones are ready. */
    private final SessionPool sessions;
    /** Sessions for evaluations without a plan: {@link #sessions} at first, then those of their own KieBase. */
    private volatile SessionPool evaluationSessions;
    private final AtomicInteger evaluations = new AtomicInteger();
    private final Map<String, Object> globals;
    private boolean closed;
    private final AdviceAssembler assembler;
    private final boolean ownsRuleSet;
    private final Planner planner;

    /**
     * An advisor over a rule set compiled by the caller, who keeps owning it: {@link #close()} leaves the
     * rule set open, so several advisors (or a later one, after a reload) may share it.
     */
    public Advisor(RuleSet ruleSet, ReferenceData reference, EvaluationLimits limits) {
        this(ruleSet, reference, limits, false);
    }

    /** {@link #Advisor(RuleSet, ReferenceData, EvaluationLimits)} with the default time limit. */
    public Advisor(RuleSet ruleSet, ReferenceData reference, int maxFirings) {
        this(ruleSet, reference, EvaluationLimits.DEFAULT.withMaxFirings(maxFirings), false);
    }

    private Advisor(RuleSet ruleSet, ReferenceData reference, EvaluationLimits limits, boolean ownsRuleSet) {
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.maxFirings = limits.maxFirings();
        this.maxNanos = limits.maxTime().toNanos();
        Map<String, Object> globals = reference.globals().entrySet().stream()
                .filter(e -> ruleSet.globals().contains(e.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.globals = globals;
        this.sessions = new SessionPool(ruleSet.kieBase(), globals, Runtime.getRuntime().availableProcessors());
        this.evaluationSessions = sessions;
        this.assembler = new AdviceAssembler(ruleSet);
        this.ownsRuleSet = ownsRuleSet;
        this.planner = new Planner(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Evaluates one customer in English, without the fired-rule chain. */
    public Evaluation evaluate(CustomerProfile profile) {
        return evaluate(profile, EvaluationOptions.DEFAULT);
    }

    /**
     * Evaluates a stream of customers lazily, one result per profile in the same order; a parallel stream
     * evaluates on several threads at once. An {@link EvaluationException} for one profile ends the stream,
     * so callers that must go on past a broken profile call {@link #evaluate(CustomerProfile)} per profile.
     */
    public Stream<Evaluation> evaluateAll(Stream<CustomerProfile> profiles) {
        return evaluateAll(profiles, EvaluationOptions.DEFAULT);
    }

    /** {@link #evaluateAll(Stream)} with the given language and explanation choice. */
    public Stream<Evaluation> evaluateAll(Stream<CustomerProfile> profiles, EvaluationOptions options) {
        Objects.requireNonNull(options, "options");
        return profiles.map(profile -> evaluate(profile, options));
    }

    /**
     * Evaluates one customer in a session of its own.
     *
     * @throws EvaluationException when a rule loops past the firing limit, runs past the time limit or throws;
     *                             other customers are unaffected
     */
    public Evaluation evaluate(CustomerProfile profile, EvaluationOptions options) {
        return run(profile, options, Stages.ORDER).evaluation();
    }

    /**
     * Evaluates one customer and then lets the remedy rules propose changes for its gaps: what the planner
     * searches with. The evaluation is the same as {@link #evaluate(CustomerProfile, EvaluationOptions)}'s.
     *
     * @throws EvaluationException as {@link #evaluate(CustomerProfile, EvaluationOptions)}
     */
    public Assessment assess(CustomerProfile profile, EvaluationOptions options) {
        return run(profile, options, Stages.WITH_REMEDIES);
    }

    /**
     * The cheapest set of profile changes, among those the remedy rules propose, that makes the customer READY
     * (or the best readiness reachable), with the default bounds: at most {@link PlanLimits#DEFAULT_MAX_CHANGES}
     * changes and {@link PlanLimits#DEFAULT_MAX_EVALUATIONS} evaluations. The same plan on any thread.
     *
     * @throws EvaluationException when the rules fail for the customer as it is
     */
    public Plan plan(CustomerProfile profile) {
        return plan(profile, EvaluationOptions.DEFAULT, PlanLimits.DEFAULT);
    }

    /** {@link #plan(CustomerProfile)} with the language of the texts and the search bounds given. */
    public Plan plan(CustomerProfile profile, EvaluationOptions options, PlanLimits limits) {
        return planner.plan(profile, options, limits).plan();
    }

    /** The evaluation of the customer as it is, with its plan attached ({@code evaluate --plan}). */
    public Evaluation evaluateWithPlan(CustomerProfile profile, EvaluationOptions options, PlanLimits limits) {
        Planner.Outcome outcome = planner.plan(profile, options, limits);
        return outcome.before().withPlan(outcome.plan());
    }

    private Assessment run(CustomerProfile profile, EvaluationOptions options, List<String> stages) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(options, "options");
        Customer customer = Customer.from(profile);
        SessionPool.Lease lease = (stages == Stages.ORDER ? evaluationSessions() : sessions).acquire();
        EvaluationWatchdog.Watch watch = watchdog.watch();
        watch.begin(lease.session(), maxNanos);
        Object outcome; // the Evaluation, or what was thrown instead
        try {
            try {
                outcome = fire(customer, lease, options, watch, stages);
            } catch (Throwable thrown) { // sorted out below, once the watch has ended
                outcome = thrown;
            }
        } catch (ThreadDeath late) { // the watchdog's stop, arriving inside the handler above
            outcome = late;
        }
        if (watch.end(outcome instanceof ThreadDeath)) {
            lease.abandon();
            throw timedOut(customer, lease.recorder());
        }
        if (outcome instanceof Assessment assessment) {
            lease.close();
            return assessment;
        }
        lease.discard(); // stopped midway (the firing limit, a rule that threw): never reused
        throw failed(customer, lease.recorder(), (Throwable) outcome);
    }

    /**
     * What an evaluation threw, as the {@link EvaluationException} that names the customer and the rule, a
     * {@link LinkageError} from a consequence's code included; the JVM's own distress (out of memory, a stack
     * overflow, an internal error) goes on as it is: it may have struck shared state too, so a batch stops there.
     */
    private static RuntimeException failed(Customer customer, ConclusionRecorder recorder, Throwable thrown) {
        if (thrown instanceof EvaluationException e) {
            return e;
        }
        if (thrown instanceof VirtualMachineError e) {
            throw e;
        }
        String rule = thrown instanceof ConsequenceException e && e.getMatch() != null
                ? e.getMatch().getRule().getName() : recorder.firing();
        Throwable cause = thrown instanceof ConsequenceException && thrown.getCause() != null
                ? thrown.getCause() : thrown;
        String message = rule != null
                ? "rule \"" + rule + "\" failed for customer '" + customer.id() + "': " + cause
                : "the rules failed for customer '" + customer.id() + "': " + cause;
        return new EvaluationException(customer.id(), rule, message, thrown);
    }

    private SessionPool evaluationSessions() {
        SessionPool pool = evaluationSessions;
        if (pool == sessions && evaluations.incrementAndGet() == EVALUATIONS_BEFORE_LEAN_KIEBASE) {
            Thread builder = new Thread(this::moveToLeanKieBase, "advisor-kiebase-for-plain-evaluations");
            builder.setDaemon(true);
            builder.start();
        }
        return pool;
    }

    private void moveToLeanKieBase() {
        try {
            long started = System.nanoTime();
            org.kie.api.KieBase lean = ruleSet.kieBaseForPlainEvaluations();
            SessionPool pool = new SessionPool(lean, globals, Runtime.getRuntime().availableProcessors());
            synchronized (this) {
                if (closed) {
                    pool.close();
                    return;
                }
                evaluationSessions = pool;
            }
            LOG.debug("Plain evaluations use the KieBase without remedy rules from now on (built in {} ms)",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | LinkageError e) { // the full KieBase goes on serving: slower, never wrong
            synchronized (this) {
                if (closed) {
                    return; // the rule set was closed under the build (a server retiring it): nothing to report
                }
            }
            LOG.warn("Could not build the KieBase for plain evaluations; they keep the full one", e);
        }
    }

    /**
     * Moves plain evaluations to their own KieBase now, on the calling thread, instead of on a thread of its own
     * after the first {@value #EVALUATIONS_BEFORE_LEAN_KIEBASE} evaluations: for a server that prepares a new rule
     * set on a low-priority thread before it serves, so that the move (a KieBase build, and new classes for the JIT)
     * does not happen while requests are served. Does nothing once the move is done or under way.
     */
    public void useOwnKieBaseForPlainEvaluationsNow() {
        if (evaluations.getAndSet(EVALUATIONS_BEFORE_LEAN_KIEBASE) < EVALUATIONS_BEFORE_LEAN_KIEBASE) {
            moveToLeanKieBase();
        }
    }

    /** Sessions this advisor holds, idle or in use, in both KieBases; for tests in this package. */
    int liveSessions() {
        SessionPool plain = evaluationSessions;
        return sessions.liveSessions() + (plain != sessions ? plain.liveSessions() : 0);
    }

    /** Whether plain evaluations have moved to their own KieBase; for tests in this package. */
    boolean evaluatesOnItsOwnKieBase() {
        return evaluationSessions != sessions;
    }

    /** The evaluation, or null when the watchdog halted it. */
    private Assessment fire(Customer customer, SessionPool.Lease lease, EvaluationOptions options,
                            EvaluationWatchdog.Watch watch, List<String> stages) {
        KieSession session = lease.session();
        ConclusionRecorder recorder = lease.recorder();
        session.insert(customer);
        int budget = maxFirings + 1;
        for (String stage : stages) {
            session.getAgenda().getAgendaGroup(stage).setFocus();
            budget -= session.fireAllRules(budget);
            if (watch.expired()) {
                return null; // halted: the later stages would only run into the same wall
            }
            if (budget <= 0) {
                String rule = recorder.busiestRule();
                throw new EvaluationException(customer.id(), rule, "rules fired more than " + maxFirings
                        + " times for customer '" + customer.id() + "'; rule \"" + rule + "\" fired "
                        + recorder.firingsOf(rule) + " times: it probably re-triggers itself", null);
            }
        }
        Evaluation evaluation = assembler.assemble(customer.id(), recorder, options);
        if (stages.size() == Stages.ORDER.size()) {
            return new Assessment(evaluation, List.of());
        }
        List<Remedy> remedies = new ArrayList<>();
        for (ConclusionRecorder.Conclusion conclusion : recorder.conclusions()) {
            if (conclusion.fact() instanceof Remedy remedy) {
                remedies.add(remedy);
            }
        }
        return new Assessment(evaluation, remedies, remedyRules(recorder));
    }

    /** The remedy rules that fired, by remedy, so a plan can say which rule proposed each change. */
    private static java.util.Map<Remedy, String> remedyRules(ConclusionRecorder recorder) {
        java.util.Map<Remedy, String> rules = new java.util.IdentityHashMap<>();
        for (ConclusionRecorder.Conclusion conclusion : recorder.conclusions()) {
            if (conclusion.fact() instanceof Remedy remedy && conclusion.rule() != null) {
                rules.put(remedy, conclusion.rule());
            }
        }
        return rules;
    }

    private EvaluationException timedOut(Customer customer, ConclusionRecorder recorder) {
        long millis = maxNanos / 1_000_000;
        String running = recorder.firing();
        if (running != null) {
            return new EvaluationException(customer.id(), running, "rule \"" + running + "\" was still running "
                    + "after " + millis + " ms for customer '" + customer.id() + "' and was stopped: it waits or "
                    + "loops in its consequence", null);
        }
        String busiest = recorder.busiestRule();
        return new EvaluationException(customer.id(), busiest, "rules were still firing after " + millis
                + " ms for customer '" + customer.id() + "' and were halted; rule \"" + busiest + "\" fired "
                + recorder.firingsOf(busiest) + " times: it probably re-triggers itself", null);
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public ReferenceData reference() {
        return reference;
    }

    /**
     * Releases the pooled sessions, and the rule set when the builder compiled it. Call it once no
     * evaluation is running any more; a server that swaps rule sets waits for its requests to finish first.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (evaluationSessions != sessions) {
                evaluationSessions.close();
            }
        }
        sessions.close();
        if (ownsRuleSet) {
            ruleSet.close();
        }
    }

    /**
     * Builds an {@link Advisor} from folders; without them, the rules and reference data inside the jar.
     * Building compiles the rules (a few seconds for the packaged rule set): do it once and share the advisor.
     */
    public static final class Builder {
        private Path rules;
        private Path reference;
        private EvaluationLimits limits = EvaluationLimits.DEFAULT;
        private CompiledRuleCache cache = CompiledRuleCache.none();

        /** The rules folder ({@code *.drl}, {@code gap-codes.csv}, {@code messages/}); default: the packaged rules. */
        public Builder rules(Path folder) {
            this.rules = folder;
            return this;
        }

        /** The reference data folder ({@code peering-locations.csv}, …); default: the packaged reference data. */
        public Builder reference(Path folder) {
            this.reference = folder;
            return this;
        }

        /** The most rule firings one evaluation may take before it is stopped as a loop. */
        public Builder maxFirings(int maxFirings) {
            this.limits = limits.withMaxFirings(maxFirings);
            return this;
        }

        /**
         * The longest one evaluation may take (default 5 seconds): then the session is halted, the thread
         * interrupted and, as a last resort, stopped, and the customer fails with an {@link EvaluationException}
         * naming the rule that was running.
         */
        public Builder maxTime(Duration maxTime) {
            this.limits = limits.withMaxTime(maxTime);
            return this;
        }

        /**
         * Where compiled rule sets are kept between runs (default: none, every build compiles): a rules folder
         * unchanged since it was compiled with this cache is loaded from it in a fraction of the time.
         * {@link CompiledRuleCache#awaitWrites(java.time.Duration)} before the process ends lets the next run use it.
         */
        public Builder compiledRulesCache(CompiledRuleCache cache) {
            this.cache = Objects.requireNonNull(cache, "cache");
            return this;
        }

        /**
         * Loads the reference data and compiles the rules.
         *
         * @throws RuleSetInvalidException when the rules do not compile, with every problem located
         * @throws com.expressrouteadvisor.reference.ReferenceDataException when the reference data cannot be read
         */
        public Advisor build() {
            ReferenceData data = ReferenceData.load(reference != null ? reference : BundledFolders.reference());
            RuleSet ruleSet = new RuleSetCompiler(data.globals().keySet(), cache)
                    .compile(rules != null ? rules : BundledFolders.rules());
            return new Advisor(ruleSet, data, limits, true);
        }
    }
}
