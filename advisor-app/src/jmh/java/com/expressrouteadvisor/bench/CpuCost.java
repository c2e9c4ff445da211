package com.expressrouteadvisor.bench;

import com.expressrouteadvisor.batch.PortfolioRun;
import com.expressrouteadvisor.batch.ProfileEvaluator;
import com.expressrouteadvisor.batch.ProfileReaders;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.report.OutputFormat;
import com.expressrouteadvisor.report.ResultWriter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * CPU time per profile, for a machine shared with other work: wall-clock rates (JMH) move with whatever
 * else runs, the CPU time a profile costs much less so. Prints, after warming up, the median over rounds
 * of microseconds of CPU per profile for the evaluator alone (one thread) and for the whole pipeline (all
 * threads of the process, {@code threads} workers), with the rate that cost allows per idle core.
 * Run: {@code java -cp target/benchmarks.jar com.expressrouteadvisor.bench.CpuCost}
 */
public final class CpuCost {

    private static final int ROUNDS = 9;

    private CpuCost() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchFixture fixture = new BenchFixture()) {
            List<CustomerProfile> profiles = BenchFixture.profiles(10_000);
            List<String> evaluators = List.of("drools-all-rules", "drools-baseline-rules", "hand-coded");
            try {
                BaselineCheck.verify(fixture, profiles);
            } catch (IllegalStateException e) {
                System.out.println("the hand-coded baseline no longer matches its rule files; measuring Drools only");
                evaluators = List.of("drools-all-rules");
            }
            byte[] input = BenchFixture.ndjson(PipelineBenchmark.PROFILES);
            System.out.printf("rules: %d (all), %d (baseline files)%n", fixture.full.ruleSet().ruleCount(),
                    fixture.subset.ruleSet().ruleCount());
            for (String name : evaluators) {
                ProfileEvaluator evaluator = fixture.evaluator(name);
                double engine = engine(evaluator, profiles);
                double pipeline1 = pipeline(evaluator, input, 1);
                double pipeline2 = pipeline(evaluator, input, 2);
                System.out.printf("%-22s evaluator %6.2f us/profile (%,9.0f/s per core) | pipeline, 1 worker %6.2f us "
                                + "(%,8.0f/s per core) | pipeline, 2 workers %6.2f us (%,8.0f/s on 2 cores)%n", name,
                        engine, 1e6 / engine, pipeline1, 1e6 / pipeline1, pipeline2, 2e6 / pipeline2);
            }
        }
    }

    private static double engine(ProfileEvaluator evaluator, List<CustomerProfile> profiles) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rounds = new double[ROUNDS];
        long sink = 0;
        for (int warm = 0; warm < 30; warm++) {
            for (CustomerProfile p : profiles) {
                sink += evaluator.evaluate(p, EvaluationOptions.DEFAULT).gaps().size();
            }
        }
        for (int r = 0; r < ROUNDS; r++) {
            long start = threads.getCurrentThreadCpuTime();
            for (CustomerProfile p : profiles) {
                sink += evaluator.evaluate(p, EvaluationOptions.DEFAULT).gaps().size();
            }
            rounds[r] = (threads.getCurrentThreadCpuTime() - start) / 1e3 / profiles.size();
        }
        if (sink == 42) {
            System.out.print("");
        }
        return median(rounds);
    }

    private static double pipeline(ProfileEvaluator evaluator, byte[] input, int workers) throws IOException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        PortfolioRun run = new PortfolioRun(evaluator, new ProfileParser(), EvaluationOptions.DEFAULT, workers);
        double[] rounds = new double[ROUNDS];
        for (int warm = 0; warm < 8; warm++) {
            once(run, input);
        }
        for (int r = 0; r < ROUNDS; r++) {
            System.gc(); // collect the previous round's garbage outside the measurement
            long start = os.getProcessCpuTime();
            once(run, input);
            rounds[r] = (os.getProcessCpuTime() - start) / 1e3 / PipelineBenchmark.PROFILES;
        }
        return median(rounds);
    }

    private static void once(PortfolioRun run, byte[] input) throws IOException {
        ProfileReaders readers = new ProfileReaders(Json.mapper(), new ByteArrayInputStream(input));
        try (ResultWriter<?> out = OutputFormat.NDJSON.open(OutputStream.nullOutputStream())) {
            run.run(List.of("-"), readers, out, reject -> {
                throw new IllegalStateException(reject.describe());
            });
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
