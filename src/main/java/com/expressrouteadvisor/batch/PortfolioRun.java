package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationException;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.FieldError;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.ResultWriter;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Evaluates every record of some inputs: valid profiles become results written in input order, every other
 * record becomes a {@link Reject} that says why. One bad record never stops the run.
 */
public final class PortfolioRun {

    private final Advisor advisor;
    private final ProfileParser parser;
    private final EvaluationOptions options;

    public PortfolioRun(Advisor advisor, ProfileParser parser, EvaluationOptions options) {
        this.advisor = advisor;
        this.parser = parser;
        this.options = options;
    }

    public RunSummary run(List<String> inputs, ProfileReaders readers, ResultWriter out, Consumer<Reject> rejects)
            throws IOException {
        long read = 0;
        long evaluated = 0;
        long rejected = 0;
        for (String input : inputs) {
            try (ProfileReader reader = readers.open(input)) {
                for (InputRecord record = reader.next(); record != null; record = reader.next()) {
                    read++;
                    Object outcome = evaluate(record);
                    if (outcome instanceof Evaluation evaluation) {
                        out.write(evaluation);
                        evaluated++;
                    } else {
                        rejects.accept((Reject) outcome);
                        rejected++;
                    }
                }
            }
        }
        return new RunSummary(read, evaluated, rejected);
    }

    /** An {@link Evaluation}, or a {@link Reject} saying why there is none. */
    public Object evaluate(InputRecord record) {
        if (record.readError() != null) {
            return reject(record, null, List.of(new FieldError("(record)", record.readError())));
        }
        ParsedProfile parsed = parser.parse(record.node());
        if (!parsed.isValid()) {
            return reject(record, parsed.id(), parsed.errors());
        }
        try {
            return advisor.evaluate(parsed.profile(), options);
        } catch (EvaluationException e) {
            return reject(record, parsed.id(), List.of(new FieldError("(rules)", e.getMessage())));
        }
    }

    private static Reject reject(InputRecord record, String id, List<FieldError> errors) {
        return new Reject(record.source(), record.line(), record.index(), id, errors);
    }
}
