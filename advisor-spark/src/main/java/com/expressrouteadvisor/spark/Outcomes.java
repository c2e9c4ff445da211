package com.expressrouteadvisor.spark;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.RankedRecommendation;
import com.expressrouteadvisor.batch.InputRecord;
import com.expressrouteadvisor.batch.PortfolioRun;
import com.expressrouteadvisor.batch.RecordOutcome;
import com.expressrouteadvisor.batch.Reject;
import com.expressrouteadvisor.batch.RejectFile;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.OutputFormat;
import com.expressrouteadvisor.report.ResultWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns records into the command line's outcomes, inside a task: the result line {@code advisor evaluate
 * --format ndjson} writes, or the reject line of its rejects file. Not serializable: made in each task.
 */
final class Outcomes {

    /** The Parquet output: columns to query beside the whole result (or reject) as JSON. */
    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("index", DataTypes.LongType, false)
            .add("source", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("customer_id", DataTypes.StringType, true)
            .add("readiness", DataTypes.StringType, true)
            .add("top_model", DataTypes.StringType, true)
            .add("layer", DataTypes.StringType, true)
            .add("gap_codes", DataTypes.createArrayType(DataTypes.StringType, false), true)
            .add("resiliency_tier", DataTypes.StringType, true)
            .add("rule_set_version", DataTypes.StringType, true)
            .add("json", DataTypes.StringType, false);

    static final String RESULT = "result";
    static final String REJECT = "reject";

    private final PortfolioRun run;
    private final ResultWriter<?> results;

    Outcomes(Advisor advisor, EvaluationOptions options) {
        this.run = new PortfolioRun(advisor::evaluate, ProfileParser.standard(), options, 1);
        try {
            this.results = OutputFormat.NDJSON.open(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An outcome: a result or a reject line, without its line break, and the values to query. */
    record Outcome(boolean rejected, byte[] line, Evaluation evaluation, Reject reject) {
    }

    Outcome of(InputRecord record) throws IOException {
        RecordOutcome outcome = run.evaluate(record);
        if (outcome instanceof Reject reject) {
            return new Outcome(true, rejectLine(reject), null, reject);
        }
        Evaluation evaluation = ((RecordOutcome.Evaluated) outcome).evaluation();
        return new Outcome(false, (byte[]) results.encode(evaluation), evaluation, null);
    }

    static byte[] rejectLine(Reject reject) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new RejectFile(bytes).accept(reject);
        byte[] line = bytes.toByteArray();
        return Arrays.copyOf(line, line.length - 1);
    }

    static Row row(InputRecord record, Outcome outcome) {
        String json = new String(outcome.line(), StandardCharsets.UTF_8);
        if (outcome.rejected()) {
            return RowFactory.create(REJECT, record.index(), record.source(), record.line(), outcome.reject().id(),
                    null, null, null, null, null, null, json);
        }
        Evaluation e = outcome.evaluation();
        RankedRecommendation top = e.recommendations().isEmpty() ? null : e.recommendations().get(0);
        return RowFactory.create(RESULT, record.index(), record.source(), record.line(), e.customerId(),
                e.readiness().name(),
                top == null ? null : top.model().name(),
                top == null || top.layer() == null ? null : top.layer().name(),
                e.gaps().stream().map(GapFinding::code).toArray(String[]::new),
                e.resiliency() == null ? null : e.resiliency().tier().name(),
                e.ruleSet().version(),
                json);
    }
}
