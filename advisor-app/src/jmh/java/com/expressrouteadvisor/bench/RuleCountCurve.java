package com.expressrouteadvisor.bench;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.batch.PortfolioRun;
import com.expressrouteadvisor.batch.ProfileEvaluator;
import com.expressrouteadvisor.batch.ProfileReaders;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.engine.RuleInfo;
import com.expressrouteadvisor.engine.Stages;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.report.OutputFormat;
import com.expressrouteadvisor.report.ResultWriter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CPU per profile against the number of rules, and against the hand-coded baseline, in one process: the
 * evaluator built on nested subsets of the rule base (the 28 frozen baseline rules the hand-coded version
 * mirrors, then the rules folder's original topics, about 60, about 100, every rule {@code evaluate} runs, and
 * every rule compiled), measured in rounds that alternate between the subsets and the hand-coded baseline so
 * that all see the same machine load. Two portfolios: {@code advisor generate}'s profiles and those of the
 * second generator, {@code bench/portfolio/generate-v2.py}, which the rules were not tuned on. Also the average
 * number of rules fired per profile, so that the cost can be read against rules compiled and rules fired, and
 * the whole pipeline (NDJSON in, parse, evaluate, NDJSON out; process CPU, one worker).
 * Run from the top folder:
 * {@code java -Xmx1g -cp target/benchmarks.jar com.expressrouteadvisor.bench.RuleCountCurve [profiles] [rounds]}
 */
public final class RuleCountCurve {

    /** The rules folder's files in the order the rule base grew; each subset below is a prefix of it. */
    private static final List<String> ORIGINAL_TOPICS = List.of("connectivity.dslr", "expressroute.dsl",
            "layer.drl", "layer.drl.xlsx", "location.drl", "subscription.drl");
    private static final List<String> PEERING_TOPICS = List.of("addressing.drl", "routing.drl");
    private static final List<String> OTHER_VERSION_1_TOPICS = List.of("nat.drl", "microsoft-peering.drl", "qos.drl",
            "sku.drl", "bandwidth.drl", "security.drl", "resiliency.drl");
    private static final List<String> VERSION_2_TOPICS = List.of("cloud.drl", "gateway.drl", "interconnect.drl",
            "encryption.drl", "routing-design.drl", "upgrade.drl");
    private static final List<String> REMEDIES = List.of("remedies.drl");

    private static final String HAND_CODED = "hand-coded (28 rules)";
    private static final int WARM_UP_PASSES = 4;
    private static final int PIPELINE_ROUNDS = 5;

    private RuleCountCurve() {
    }

    /** One advisor of the curve and how many of its rules are compiled and how many {@code evaluate} runs. */
    private record Subset(String label, Advisor advisor, Path folder) {

        int compiled() {
            return advisor.ruleSet().ruleCount();
        }

        int evaluated() {
            return (int) advisor.ruleSet().rules().values().stream().map(RuleInfo::stage)
                    .filter(stage -> !Stages.REMEDY.equals(stage)).count();
        }
    }

    /** A portfolio both as parsed profiles (for the evaluator) and as NDJSON text (for the pipeline). */
    private record Portfolio(String label, List<CustomerProfile> profiles, byte[] ndjson) {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        System.out.println("load average at start: " + loadAverage());
        List<Portfolio> portfolios = List.of(
                new Portfolio("advisor generate --seed " + BenchFixture.SEED, BenchFixture.profiles(count),
                        BenchFixture.ndjson(count)),
                secondGenerator(count));
        List<Subset> subsets = new ArrayList<>();
        try (BenchFixture fixture = new BenchFixture()) {
            for (Portfolio portfolio : portfolios) {
                BaselineCheck.verify(fixture, portfolio.profiles()); // a stale baseline would flatter the ratio
                System.out.printf("hand-coded baseline agrees with Drools on %,d profiles of %s%n",
                        portfolio.profiles().size(), portfolio.label());
            }
            subsets.add(new Subset("baseline files (frozen originals)", fixture.subset, null));
            List<String> files = new ArrayList<>(ORIGINAL_TOPICS);
            subsets.add(subset("original topics, today", files));
            files.addAll(PEERING_TOPICS);
            subsets.add(subset("+ addressing, routing", files));
            files.addAll(OTHER_VERSION_1_TOPICS);
            subsets.add(subset("all profile version 1 topics", files));
            files.addAll(VERSION_2_TOPICS);
            subsets.add(subset("+ version 2 topics (all evaluate runs)", files));
            files.addAll(REMEDIES);
            subsets.add(subset("+ remedies (every rule)", files));
            if (subsets.get(subsets.size() - 1).compiled() != fixture.full.ruleSet().ruleCount()) {
                throw new IllegalStateException("the last subset has " + subsets.get(subsets.size() - 1).compiled()
                        + " rules but the rules folder " + fixture.full.ruleSet().ruleCount()
                        + ": a file of the rules folder is missing from the curve's lists");
            }

            List<String> names = new ArrayList<>();
            List<ProfileEvaluator> evaluators = new ArrayList<>();
            for (Subset subset : subsets) {
                names.add(subset.label());
                evaluators.add(subset.advisor()::evaluate);
            }
            names.add(HAND_CODED);
            evaluators.add(fixture.handCoded::evaluate);

            for (Portfolio portfolio : portfolios) {
                System.out.printf("%nrules fired per profile, %s:%n", portfolio.label());
                for (Subset subset : subsets) {
                    System.out.printf("  %-40s compiled %3d, evaluate runs %3d, fired per profile %6.2f%n",
                            subset.label(), subset.compiled(), subset.evaluated(),
                            firedPerProfile(subset.advisor(), portfolio.profiles()));
                }
            }

            double[][][] engine = engineRounds(evaluators, portfolios, rounds);
            double[][][] pipeline = pipelineRounds(evaluators, portfolios);
            for (int p = 0; p < portfolios.size(); p++) {
                System.out.printf("%nevaluator alone, one thread, thread CPU per profile, median of %d rounds, %s:%n",
                        rounds, portfolios.get(p).label());
                print(names, subsets, engine[p]);
            }
            for (int p = 0; p < portfolios.size(); p++) {
                System.out.printf("%npipeline (NDJSON in, parse, evaluate, NDJSON out; 1 worker), process CPU per "
                        + "profile (all threads: reader, writer, GC, JIT), median of %d rounds, %s:%n",
                        PIPELINE_ROUNDS, portfolios.get(p).label());
                print(names, subsets, pipeline[p]);
            }
            System.out.println();
            System.out.println("load average at end: " + loadAverage());
        } finally {
            for (Subset subset : subsets) {
                if (subset.folder() != null) {
                    subset.advisor().close();
                    BenchFixture.delete(subset.folder());
                }
            }
        }
    }

    private static Subset subset(String label, List<String> files) throws IOException {
        Path folder = BenchFixture.ruleFolder(BenchFixture.RULES, files);
        try {
            return new Subset(label, Advisor.builder().rules(folder).reference(BenchFixture.REFERENCE).build(),
                    folder);
        } catch (RuntimeException e) { // a subset that does not compile on its own: say so, leave no folder behind
            BenchFixture.delete(folder);
            throw e;
        }
    }

    /** The second generator's profiles, generated by running it from the top folder. */
    private static Portfolio secondGenerator(int count) throws IOException, InterruptedException {
        String seed = Long.toString(BenchFixture.SEED);
        Process generator = new ProcessBuilder("python3", "bench/portfolio/generate-v2.py", Integer.toString(count),
                seed).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] ndjson = generator.getInputStream().readAllBytes();
        if (generator.waitFor() != 0) {
            throw new IllegalStateException("bench/portfolio/generate-v2.py failed with exit code "
                    + generator.exitValue());
        }
        ProfileParser parser = new ProfileParser();
        List<CustomerProfile> profiles = new ArrayList<>(count);
        for (String line : new String(ndjson, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            ParsedProfile parsed = parser.parse(line);
            if (!parsed.isValid()) { // the generator writes valid records only; a refusal is a finding, not noise
                throw new IllegalStateException("generate-v2.py wrote a record the parser refuses: " + parsed.id()
                        + " " + parsed.errors());
            }
            profiles.add(parsed.profile());
        }
        return new Portfolio("generate-v2.py " + count + " " + seed, profiles, ndjson);
    }

    private static double firedPerProfile(Advisor advisor, List<CustomerProfile> profiles) {
        EvaluationOptions explain = EvaluationOptions.DEFAULT.withExplain(true);
        long fired = 0;
        for (CustomerProfile profile : profiles) {
            Evaluation evaluation = advisor.evaluate(profile, explain);
            fired += evaluation.firedRules().size();
        }
        return (double) fired / profiles.size();
    }

    /**
     * Thread CPU per profile of each evaluator on each portfolio, by round: {@code [portfolio][evaluator][round]}.
     * Each round runs every evaluator once on every portfolio, starting at a different evaluator each round, so
     * that a change of load in the middle of a round does not always fall on the same one.
     */
    private static double[][][] engineRounds(List<ProfileEvaluator> evaluators, List<Portfolio> portfolios,
                                             int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][][] cpu = new double[portfolios.size()][evaluators.size()][rounds];
        long sink = 0;
        for (int r = -WARM_UP_PASSES; r < rounds; r++) {
            for (int p = 0; p < portfolios.size(); p++) {
                List<CustomerProfile> profiles = portfolios.get(p).profiles();
                for (int i = 0; i < evaluators.size(); i++) {
                    int e = Math.floorMod(i + r, evaluators.size());
                    ProfileEvaluator evaluator = evaluators.get(e);
                    long start = threads.getCurrentThreadCpuTime();
                    for (CustomerProfile profile : profiles) {
                        sink += evaluator.evaluate(profile, EvaluationOptions.DEFAULT).gaps().size();
                    }
                    if (r >= 0) {
                        cpu[p][e][r] = (threads.getCurrentThreadCpuTime() - start) / 1e3 / profiles.size();
                    }
                }
            }
            System.out.printf(r < 0 ? "warm-up pass %d of %d done, load %s%n" : "round %d of %d done, load %s%n",
                    r < 0 ? r + WARM_UP_PASSES + 1 : r + 1, r < 0 ? WARM_UP_PASSES : rounds, loadAverage());
        }
        if (sink == 42) {
            System.out.print("");
        }
        return cpu;
    }

    /** Process CPU per profile of the pipeline, by round, alternating in the same way: {@code [p][e][round]}. */
    private static double[][][] pipelineRounds(List<ProfileEvaluator> evaluators, List<Portfolio> portfolios)
            throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<PortfolioRun> runs = evaluators.stream()
                .map(e -> new PortfolioRun(e, new ProfileParser(), EvaluationOptions.DEFAULT, 1)).toList();
        double[][][] cpu = new double[portfolios.size()][evaluators.size()][PIPELINE_ROUNDS];
        for (int r = -2; r < PIPELINE_ROUNDS; r++) { // two warm-up rounds
            for (int p = 0; p < portfolios.size(); p++) {
                Portfolio portfolio = portfolios.get(p);
                for (int i = 0; i < runs.size(); i++) {
                    int e = Math.floorMod(i + r, runs.size());
                    System.gc(); // the previous run's garbage is collected outside the measurement
                    long start = os.getProcessCpuTime();
                    try (ResultWriter<?> out = OutputFormat.NDJSON.open(OutputStream.nullOutputStream())) {
                        runs.get(e).run(List.of("-"), new ProfileReaders(Json.mapper(),
                                new ByteArrayInputStream(portfolio.ndjson())), out, reject -> {
                                    throw new IllegalStateException(reject.describe());
                                });
                    }
                    if (r >= 0) {
                        cpu[p][e][r] = (os.getProcessCpuTime() - start) / 1e3 / portfolio.profiles().size();
                    }
                }
            }
            System.out.printf(r < 0 ? "pipeline warm-up round %d of %d done, load %s%n"
                    : "pipeline round %d of %d done, load %s%n", r < 0 ? r + 3 : r + 1, r < 0 ? 2 : PIPELINE_ROUNDS,
                    loadAverage());
        }
        return cpu;
    }

    /**
     * One line per evaluator: median µs per profile, the spread of its rounds, and its ratio to the hand-coded
     * baseline both as the ratio of medians and as the median of the ratios round by round (the latter cancels
     * a load that changes from round to round).
     */
    private static void print(List<String> names, List<Subset> subsets, double[][] cpu) {
        int handCoded = names.size() - 1;
        double baseline = median(cpu[handCoded]);
        for (int e = 0; e < names.size(); e++) {
            double[] ratios = new double[cpu[e].length];
            for (int r = 0; r < ratios.length; r++) {
                ratios[r] = cpu[e][r] / cpu[handCoded][r];
            }
            double[] sorted = cpu[e].clone();
            Arrays.sort(sorted);
            String rules = e < subsets.size() ? String.format("%3d rules", subsets.get(e).compiled()) : " 28 rules";
            System.out.printf("  %-40s %s  %8.2f us (rounds %.2f-%.2f)  x hand-coded %6.2f (round by round %6.2f)%n",
                    names.get(e), rules, median(cpu[e]), sorted[0], sorted[sorted.length - 1],
                    median(cpu[e]) / baseline, median(ratios));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
