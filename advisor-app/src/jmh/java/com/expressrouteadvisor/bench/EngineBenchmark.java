package com.expressrouteadvisor.bench;

import com.expressrouteadvisor.batch.ProfileEvaluator;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.CustomerProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One customer through the evaluator alone (a parsed profile in, an {@code Evaluation} out): Drools with the
 * whole rule set, Drools with the baseline's four rule files, and the hand-coded baseline. Run with
 * {@code -t 1} and {@code -t 2} (all cores here) for the per-thread and per-machine rates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class EngineBenchmark {

    private static final int PROFILES = 10_000;

    @Param({"drools-all-rules", "drools-baseline-rules", "hand-coded"})
    public String evaluator;

    private BenchFixture fixture;
    private ProfileEvaluator evaluate;
    private CustomerProfile[] profiles;

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() {
        fixture = new BenchFixture();
        List<CustomerProfile> list = BenchFixture.profiles(PROFILES);
        if (!evaluator.equals("drools-all-rules")) {
            BaselineCheck.verify(fixture, list); // a baseline that no longer matches its rule files measures nothing
        }
        profiles = list.toArray(CustomerProfile[]::new);
        evaluate = fixture.evaluator(evaluator);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        fixture.close();
    }

    @Benchmark
    public Object evaluate(Cursor cursor) {
        CustomerProfile profile = profiles[cursor.next++ % PROFILES];
        return evaluate.evaluate(profile, EvaluationOptions.DEFAULT);
    }
}
