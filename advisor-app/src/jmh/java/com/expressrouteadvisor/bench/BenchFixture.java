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
        return ruleFolder(BASELINE_RULES, HandCodedAdvisor.RULE_FILES);
    }

    /**
     * A temporary rules folder holding the given files of {@code from} and the rules folder's gap catalog and
     * message bundles, so that a subset of the rule base compiles and evaluates on its own. Delete it with
     * {@link #delete(Path)}.
     */
    static Path ruleFolder(Path from, List<String> files) {
        try {
            Path folder = Files.createTempDirectory("rule-subset");
            for (String file : files) {
                Files.copy(from.resolve(file), folder.resolve(file));
            }
            Files.copy(RULES.resolve("gap-codes.csv"), folder.resolve("gap-codes.csv"));
            Path messages = folder.resolve("messages");
            Files.createDirectories(messages);
            try (Stream<Path> bundles = Files.list(RULES.resolve("messages"))) {
                for (Path file : bundles.toList()) {
                    Files.copy(file, messages.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy rule files from " + from, e);
        }
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Override
    public void close() throws IOException {
        full.close();
        subset.close();
        delete(subsetFolder);
    }
}
