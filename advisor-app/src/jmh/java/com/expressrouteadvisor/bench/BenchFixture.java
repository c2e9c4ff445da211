package com.expressrouteadvisor.bench;

import com.expressrouteadvisor.batch.ProfileEvaluator;
import com.expressrouteadvisor.batch.SyntheticPortfolio;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What every benchmark works on: a generated portfolio (same seed, same profiles), the advisor on the
 * whole rules folder, the advisor on the four rule files the hand-coded baseline mirrors, and that
 * baseline. Run from the project folder, so that rules/ and facts/reference/ are found.
 */
final class BenchFixture implements AutoCloseable {

    static final long SEED = 20_260_101L;
    static final Path RULES = Path.of(System.getProperty("advisor.rules", "rules"));
    static final Path REFERENCE = Path.of(System.getProperty("advisor.reference", "facts/reference"));
    /**
     * The four rule files the hand-coded baseline mirrors, frozen as they were written, so the baseline keeps
     * meaning "the same checks" while the real rule base moves on.
     */
    static final Path BASELINE_RULES = Path.of("advisor-app", "src", "jmh", "baseline-rules");

    final Advisor full;
    final Advisor subset;
    final HandCodedAdvisor handCoded;
    private final Path subsetFolder;

    BenchFixture() {
        full = Advisor.builder().rules(RULES).reference(REFERENCE).build();
        subsetFolder = copySubset();
        subset = Advisor.builder().rules(subsetFolder).reference(REFERENCE).build();
        handCoded = new HandCodedAdvisor(subset.reference().locations(), subset.ruleSet().texts(),
                subset.ruleSet().gapCatalog(), subset.ruleSet().info());
    }

    ProfileEvaluator evaluator(String name) {
        return switch (name) {
            case "drools-all-rules" -> full::evaluate;
            case "drools-baseline-rules" -> subset::evaluate;
            case "hand-coded" -> handCoded::evaluate;
            default -> throw new IllegalArgumentException("no evaluator " + name);
        };
    }

    static byte[] ndjson(int count) {
        SyntheticPortfolio portfolio = new SyntheticPortfolio(REFERENCE, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream(count * 900);
        try {
            for (int i = 0; i < count; i++) {
                out.write(Json.mapper().writeValueAsBytes(portfolio.profile(SEED, i)));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static List<CustomerProfile> profiles(int count) {
        SyntheticPortfolio portfolio = new SyntheticPortfolio(REFERENCE, 0);
        ProfileParser parser = new ProfileParser();
        List<CustomerProfile> profiles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            profiles.add(parser.parse(portfolio.profile(SEED, i)).profile());
        }
        return profiles;
    }

    /** The rule files the baseline mirrors, with the gap catalog and messages, in a folder of their own. */
    private static Path copySubset() {
        try {
            Path folder = Files.createTempDirectory("baseline-rules");
            for (String file : HandCodedAdvisor.RULE_FILES) {
                Files.copy(BASELINE_RULES.resolve(file), folder.resolve(file));
            }
            Files.copy(RULES.resolve("gap-codes.csv"), folder.resolve("gap-codes.csv"));
            Path messages = folder.resolve("messages");
            Files.createDirectories(messages);
            try (Stream<Path> files = Files.list(RULES.resolve("messages"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, messages.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the baseline's rule files from " + RULES, e);
        }
    }

    @Override
    public void close() throws IOException {
        full.close();
        subset.close();
        try (Stream<Path> files = Files.walk(subsetFolder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
