package com.expressrouteadvisor.bench;

import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CPU of the calling thread per {@code Advisor.evaluate} (profiles parsed beforehand, one thread), after three
 * warm-up rounds, on the product's own rules: for comparing two builds of the jar on a shared machine, like
 * {@link PipelineCpu} (needs only the product jar, so both builds run at the same time):
 * {@code java -Xmx512m -XX:+UseParallelGC -cp target/expressroute-advisor.jar:bench-classes
 * com.expressrouteadvisor.bench.EngineCpu profiles.ndjson [rounds]}
 */
public final class EngineCpu {

    private EngineCpu() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        ProfileParser parser = new ProfileParser();
        List<CustomerProfile> profiles = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            profiles.add(parser.parse(line).profile());
        }
        var threads = ManagementFactory.getThreadMXBean();
        try (Advisor advisor = Advisor.builder().rules(Path.of("rules")).reference(Path.of("facts/reference")).build()) {
            double[] cpu = new double[rounds];
            long sink = 0;
            for (int r = -3; r < rounds; r++) {
                System.gc();
                long start = threads.getCurrentThreadCpuTime();
                for (CustomerProfile p : profiles) {
                    sink += advisor.evaluate(p).gaps().size();
                }
                double us = (threads.getCurrentThreadCpuTime() - start) / 1e3 / profiles.size();
                if (r >= 0) {
                    cpu[r] = us;
                }
                System.out.printf("round %d: %.2f us%n", r, us);
            }
            Arrays.sort(cpu);
            System.out.printf("median %.2f us thread CPU/evaluation, load %s (%d)%n", cpu[rounds / 2],
                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0], sink);
        }
    }
}
