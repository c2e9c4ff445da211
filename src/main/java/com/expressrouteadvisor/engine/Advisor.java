package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.profile.Customer;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.reference.ReferenceData;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
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

    public static final int DEFAULT_MAX_FIRINGS = 10_000;

    private final RuleSet ruleSet;
    private final ReferenceData reference;
    private final int maxFirings;
    private final SessionPool sessions;
    private final AdviceAssembler assembler;
    private final boolean ownsRuleSet;

    /**
     * An advisor over a rule set compiled by the caller, who keeps owning it: {@link #close()} leaves the
     * rule set open, so several advisors (or a later one, after a reload) may share it.
     */
    public Advisor(RuleSet ruleSet, ReferenceData reference, int maxFirings) {
        this(ruleSet, reference, maxFirings, false);
    }

    private Advisor(RuleSet ruleSet, ReferenceData reference, int maxFirings, boolean ownsRuleSet) {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, got " + maxFirings);
        }
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.maxFirings = maxFirings;
        Map<String, Object> globals = reference.globals().entrySet().stream()
                .filter(e -> ruleSet.globals().contains(e.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.sessions = new SessionPool(ruleSet, globals, Runtime.getRuntime().availableProcessors());
        this.assembler = new AdviceAssembler(ruleSet);
        this.ownsRuleSet = ownsRuleSet;
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
     * @throws EvaluationException when a rule loops past the firing limit or fails; other customers are unaffected
     */
    public Evaluation evaluate(CustomerProfile profile, EvaluationOptions options) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(options, "options");
        Customer customer = Customer.from(profile);
        try (SessionPool.Lease lease = sessions.acquire()) {
            KieSession session = lease.session();
            ConclusionRecorder recorder = lease.recorder();
            session.insert(customer);
            int budget = maxFirings + 1;
            for (String stage : Stages.ORDER) {
                session.getAgenda().getAgendaGroup(stage).setFocus();
                budget -= session.fireAllRules(budget);
                if (budget <= 0) {
                    String rule = recorder.busiestRule();
                    throw new EvaluationException(customer.id(), rule, "rules fired more than " + maxFirings
                            + " times for customer '" + customer.id() + "'; rule \"" + rule + "\" fired "
                            + recorder.firingsOf(rule) + " times: it probably re-triggers itself", null);
                }
            }
            return assembler.assemble(customer.id(), recorder, options);
        } catch (ConsequenceException e) {
            String rule = e.getMatch() != null ? e.getMatch().getRule().getName() : null;
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new EvaluationException(customer.id(), rule, "rule \"" + rule + "\" failed for customer '"
                    + customer.id() + "': " + cause, e);
        }
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
        private int maxFirings = DEFAULT_MAX_FIRINGS;

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
            this.maxFirings = maxFirings;
            return this;
        }

        /**
         * Loads the reference data and compiles the rules.
         *
         * @throws RuleSetInvalidException when the rules do not compile, with every problem located
         * @throws com.expressrouteadvisor.reference.ReferenceDataException when the reference data cannot be read
         */
        public Advisor build() {
            if (maxFirings < 1) {
                throw new IllegalArgumentException("maxFirings must be at least 1, got " + maxFirings);
            }
            ReferenceData data = ReferenceData.load(reference != null ? reference : BundledFolders.reference());
            RuleSet ruleSet = new RuleSetCompiler(data.globals().keySet())
                    .compile(rules != null ? rules : BundledFolders.rules());
            return new Advisor(ruleSet, data, maxFirings, true);
        }
    }
}
