package com.expressrouteadvisor.release;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.batch.PortfolioRun;
import com.expressrouteadvisor.batch.ProfileReaders;
import com.expressrouteadvisor.batch.Reject;
import com.expressrouteadvisor.batch.RunSummary;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationException;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.ProfileParser;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Evaluates customers with the base rule set and with the new one and tells whose advice changes. A portfolio
 * is read once and streamed through both rule sets in the same pass, on the batch pipeline: records that
 * cannot be read, or that either rule set cannot finish, are rejects, as in {@code advisor evaluate}.
 *
 * <pre>{@code
 * ReleaseDiff diff = new ReleaseDiff(baseAdvisor, newAdvisor, Locale.ENGLISH);
 * diff.compare(profile).ifPresent(change -> … change.readinessBefore() … change.readinessAfter() …);
 * }</pre>
 */
public final class ReleaseDiff {

    private final Advisor base;
    private final Advisor candidate;
    /** With the fired rules, so that the rules whose firing changed can be named. */
    private final EvaluationOptions options;

    public ReleaseDiff(Advisor base, Advisor candidate, Locale language) {
        this.base = base;
        this.candidate = candidate;
        this.options = new EvaluationOptions(language, true);
    }

    /**
     * One customer with both rule sets.
     *
     * @throws EvaluationException when either rule set cannot finish it; the message says which
     */
    public Optional<CustomerChange> compare(CustomerProfile profile) {
        Evaluation before;
        try {
            before = base.evaluate(profile, options);
        } catch (EvaluationException e) {
            throw new EvaluationException(e.customerId(), e.rule(), "base rule set: " + e.getMessage(), e);
        }
        Evaluation after;
        try {
            after = candidate.evaluate(profile, options);
        } catch (EvaluationException e) {
            throw new EvaluationException(e.customerId(), e.rule(), "new rule set: " + e.getMessage(), e);
        }
        return AdviceComparison.compare(before, after);
    }

    /**
     * Diffs every record of the inputs: changed customers to {@code writer} in input order, counted in
     * {@code totals}, which {@link DiffWriter#finish finish} gets at the end.
     */
    public <T> RunSummary run(List<String> inputs, ProfileReaders readers, int threads, DiffWriter<T> writer,
                              ImpactTotals totals, Consumer<Reject> rejects, PortfolioRun.Progress progress)
            throws IOException {
        PortfolioRun run = new PortfolioRun(candidate::evaluate, ProfileParser.standard(), options, threads);
        RunSummary summary = run.run(inputs, readers, new PortfolioRun.Stages<Optional<CustomerChange>, Encoded<T>>() {
            @Override
            public Optional<CustomerChange> evaluate(CustomerProfile profile, EvaluationOptions ignored) {
                return compare(profile);
            }

            @Override
            public Encoded<T> encode(Optional<CustomerChange> change) throws IOException {
                return change.isEmpty() ? new Encoded<>(null, null)
                        : new Encoded<>(change.get(), writer.encode(change.get()));
            }

            @Override
            public void write(Encoded<T> encoded) throws IOException {
                if (encoded.change() == null) {
                    totals.addUnchanged();
                } else {
                    totals.addChanged(encoded.change());
                    writer.write(encoded.value());
                }
            }
        }, rejects, progress);
        totals.setRejected(summary.rejected());
        return summary;
    }

    /** A change with its encoding for the writer; both null for a customer whose advice is the same. */
    private record Encoded<T>(CustomerChange change, T value) {
    }
}
