package com.expressrouteadvisor.bench;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.CompiledRuleCache;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.OutputFormat;
import com.expressrouteadvisor.report.ResultWriter;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CPU of the measuring thread per profile for each stage of the batch pipeline on its own, in the steady state:
 * parsing the record's text, evaluating the profile, encoding the result. Thread CPU time, so another process on the
 * machine slows a round down but adds little to its figure, and a stage's lever shows without the other stages'
 * noise. Needs only the product jar on the class path, so two builds run the same harness:
 * {@code javac -d target/bench-classes -cp target/expressroute-advisor.jar
 * advisor-app/src/jmh/java/com/expressrouteadvisor/bench/StageCpu.java}, then
 * {@code java -Xmx512m -XX:+UseParallelGC -cp target/expressroute-advisor.jar:target/bench-classes
 * com.expressrouteadvisor.bench.StageCpu portfolio.ndjson [rounds] [format]} ({@code -Dstage.classic=true}: the
 * rules compiled by the classic compiler, as the other harnesses run them)
 */
public final class StageCpu {

    private static final int WARM_UP_ROUNDS = 4;

    private StageCpu() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        OutputFormat format = args.length > 2 ? OutputFormat.valueOf(args[2].toUpperCase()) : OutputFormat.NDJSON;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ProfileParser parser = new ProfileParser();
        EvaluationOptions options = EvaluationOptions.DEFAULT.withTexts(format.showsTexts());
        // The rules as `evaluate` runs them: from the compiled-rules cache (the executable model) when a run of the
        // command line with this jar has filled it; compiled by the classic compiler otherwise.
        CompiledRuleCache cache = Boolean.getBoolean("stage.classic") ? CompiledRuleCache.none()
                : CompiledRuleCache.fromEnvironment();
        try (Advisor advisor = Advisor.builder().rules(Path.of("rules")).reference(Path.of("facts/reference"))
                .compiledRulesCache(cache).build();
             ResultWriter<?> writer = format.open(OutputStream.nullOutputStream(), options.language(), advisor.ruleSet())) {
            double[][] cpu = new double[3][rounds];
            long sink = 0;
            for (int r = -WARM_UP_ROUNDS; r < rounds; r++) {
                System.gc();
                List<CustomerProfile> profiles = new ArrayList<>(lines.size());
                List<Evaluation> results = new ArrayList<>(lines.size());
                long start = threads.getCurrentThreadCpuTime();
                for (String line : lines) {
                    profiles.add(parser.parse(line).profile());
                }
                long parsed = threads.getCurrentThreadCpuTime();
                for (CustomerProfile profile : profiles) {
                    results.add(advisor.evaluate(profile, options));
                }
                long evaluated = threads.getCurrentThreadCpuTime();
                for (Evaluation result : results) {
                    sink += writer.encode(result).hashCode();
                }
                long encoded = threads.getCurrentThreadCpuTime();
                double[] round = {(parsed - start) / 1e3 / lines.size(), (evaluated - parsed) / 1e3 / lines.size(),
                        (encoded - evaluated) / 1e3 / lines.size()};
                if (r >= 0) {
                    for (int s = 0; s < 3; s++) {
                        cpu[s][r] = round[s];
                    }
                }
                System.out.printf("round %d: parse %.2f evaluate %.2f encode %.2f us%n", r, round[0], round[1], round[2]);
            }
            for (double[] stage : cpu) {
                Arrays.sort(stage);
            }
            System.out.printf("median parse %.2f evaluate %.2f encode %.2f us thread CPU/profile, %d profiles, %d rounds, "
                    + "load %s (%d)%n", cpu[0][rounds / 2], cpu[1][rounds / 2], cpu[2][rounds / 2], lines.size(), rounds,
                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0], sink & 1);
        }
    }
}
