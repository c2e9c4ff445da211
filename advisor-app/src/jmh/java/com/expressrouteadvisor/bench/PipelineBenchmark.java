package com.expressrouteadvisor.bench;

import com.expressrouteadvisor.batch.PortfolioRun;
import com.expressrouteadvisor.batch.ProfileReaders;
import com.expressrouteadvisor.batch.RunSummary;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.report.OutputFormat;
import com.expressrouteadvisor.report.ResultWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole batch pipeline in memory: NDJSON profiles in, parsed, evaluated, encoded as NDJSON results and
 * written, in input order, on {@code threads} workers. The same pipeline runs with Drools and with the
 * hand-coded baseline, so the difference is the rule engine's alone. Scores are profiles per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class PipelineBenchmark {

    static final int PROFILES = 20_000;

    @Param({"drools-all-rules", "drools-baseline-rules", "hand-coded"})
    public String evaluator;

    @Param({"1", "2"})
    public int threads;

    private BenchFixture fixture;
    private byte[] input;
    private PortfolioRun run;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = new BenchFixture();
        if (!evaluator.equals("drools-all-rules")) {
            BaselineCheck.verify(fixture, BenchFixture.profiles(2_000));
        }
        input = BenchFixture.ndjson(PROFILES);
        run = new PortfolioRun(fixture.evaluator(evaluator), new ProfileParser(), EvaluationOptions.DEFAULT, threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        fixture.close();
    }

    @Benchmark
    @OperationsPerInvocation(PROFILES)
    public RunSummary portfolio() throws IOException {
        ProfileReaders readers = new ProfileReaders(Json.mapper(), new ByteArrayInputStream(input));
        try (ResultWriter<?> out = OutputFormat.NDJSON.open(OutputStream.nullOutputStream())) {
            RunSummary summary = run.run(List.of("-"), readers, out, reject -> {
                throw new IllegalStateException("generated profiles are valid: " + reject.describe());
            });
            if (summary.evaluated() != PROFILES) {
                throw new IllegalStateException("lost records: " + summary);
            }
            return summary;
        }
    }
}
