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

/**
 * The advisor: a compiled rule set plus reference data, built once, shared by any number of threads.
 *
 * <pre>{@code
 * try (Advisor advisor = Advisor.builder().rules(Path.of("rules")).reference(Path.of("facts/reference")).build()) {
 *     Evaluation advice = advisor.evaluate(profile);
 *     advice.recommendations().get(0).model();   // e.g. CLOUD_EXCHANGE_COLOCATION
 * }
 * }</pre>
 * A rule set that does not compile fails {@link Builder#build()} with a {@link RuleSetInvalidException}
 * listing {@code FILE:LINE:COLUMN: message} problems. Nothing is written to standard output or error.
 */
public final class Advisor implements AutoCloseable {

    public static final int DEFAULT_MAX_FIRINGS = 10_000;

    private final RuleSet ruleSet;
    private final ReferenceData reference;
    private final int maxFirings;
    private final SessionPool sessions;
    private final AdviceAssembler assembler;

    public Advisor(RuleSet ruleSet, ReferenceData reference, int maxFirings) {
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
    }

    public static Builder builder() {
        return new Builder();
    }

    public Evaluation evaluate(CustomerProfile profile) {
        return evaluate(profile, EvaluationOptions.DEFAULT);
    }

    /**
     * Evaluates one customer in a session of its own.
     *
     * @throws EvaluationException when a rule loops past the firing limit or fails; other customers are unaffected
     */
    public Evaluation evaluate(CustomerProfile profile, EvaluationOptions options) {
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

    @Override
    public void close() {
        sessions.close();
    }

    /** Builds an {@link Advisor} from folders; without them, the rules and reference data inside the jar. */
    public static final class Builder {
        private Path rules;
        private Path reference;
        private int maxFirings = DEFAULT_MAX_FIRINGS;

        public Builder rules(Path folder) {
            this.rules = folder;
            return this;
        }

        public Builder reference(Path folder) {
            this.reference = folder;
            return this;
        }

        /** The most rule firings one evaluation may take before it is stopped as a loop. */
        public Builder maxFirings(int maxFirings) {
            this.maxFirings = maxFirings;
            return this;
        }

        public Advisor build() {
            ReferenceData data = ReferenceData.load(reference != null ? reference : BundledFolders.reference());
            RuleSet ruleSet = new RuleSetCompiler(data.globals().keySet())
                    .compile(rules != null ? rules : BundledFolders.rules());
            return new Advisor(ruleSet, data, maxFirings);
        }
    }
}
