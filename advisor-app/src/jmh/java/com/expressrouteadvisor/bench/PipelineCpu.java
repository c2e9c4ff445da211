package com.expressrouteadvisor.bench;

import com.expressrouteadvisor.batch.PortfolioRun;
import com.expressrouteadvisor.batch.ProfileReaders;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.report.OutputFormat;
import com.expressrouteadvisor.report.ResultWriter;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * CPU of the process per profile for the batch pipeline (NDJSON in, parse, evaluate, encode, NDJSON out) on
 * the product's own rules, after warming up: for comparing two builds of the jar on a shared machine. Needs only
 * the product jar on the class path, so an older build can be measured with the same harness:
 * {@code javac -d target/bench-classes -cp target/expressroute-advisor.jar
 * advisor-app/src/jmh/java/com/expressrouteadvisor/bench/PipelineCpu.java}, then
 * {@code java -Xmx512m -XX:+UseParallelGC -cp target/expressroute-advisor.jar:target/bench-classes
 * com.expressrouteadvisor.bench.PipelineCpu portfolio.ndjson [rounds] [format]}
 */
public final class PipelineCpu {

    private PipelineCpu() {
    }

    public static void main(String[] args) throws Exception {
        byte[] input = Files.readAllBytes(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        OutputFormat format = args.length > 2 ? OutputFormat.valueOf(args[2].toUpperCase()) : OutputFormat.NDJSON;
        long profiles = 0;
        for (byte b : input) {
            if (b == '\n') {
                profiles++;
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Advisor advisor = Advisor.builder().rules(Path.of("rules")).reference(Path.of("facts/reference")).build()) {
            // A format that shows no texts is written from results evaluated without them, as evaluate does.
            PortfolioRun run = new PortfolioRun(advisor::evaluate, new ProfileParser(),
                    EvaluationOptions.DEFAULT.withTexts(format.showsTexts()), 1);
            double[] cpu = new double[rounds];
            for (int r = -2; r < rounds; r++) { // two warm-up rounds
                System.gc();
                long start = os.getProcessCpuTime();
                try (ResultWriter<?> out = format.open(OutputStream.nullOutputStream(), EvaluationOptions.DEFAULT.language(),
                        advisor.ruleSet())) {
                    run.run(List.of("-"), new ProfileReaders(Json.mapper(), new ByteArrayInputStream(input)), out,
                            reject -> {
                                throw new IllegalStateException(reject.describe());
                            });
                }
                double perProfile = (os.getProcessCpuTime() - start) / 1e3 / profiles;
                if (r >= 0) {
                    cpu[r] = perProfile;
                }
                System.out.printf("round %d: %.1f us CPU/profile%n", r, perProfile);
            }
            Arrays.sort(cpu);
            System.out.printf("median %.1f us CPU/profile over %d profiles, %d rounds, load %s%n", cpu[rounds / 2],
                    profiles, rounds, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        }
    }
}
