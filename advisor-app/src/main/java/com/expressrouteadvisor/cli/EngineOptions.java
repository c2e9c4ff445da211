package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.BundledFolders;
import com.expressrouteadvisor.engine.CompiledRuleCache;
import com.expressrouteadvisor.engine.EvaluationLimits;
import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.engine.RuleSetCompiler;
import com.expressrouteadvisor.reference.ReferenceData;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Where the rules and reference data come from; shared by every command that evaluates or compiles rules. */
public final class EngineOptions {

    /** A customer needing more firings than this loops whatever the rule base; it also keeps the budget an int. */
    static final int MAX_FIRINGS_LIMIT = 10_000_000;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (default: ./rules if it exists, else the rules inside the jar).")
    Path rules;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "Reference data folder (default: ./facts/reference if it exists, else the copy inside the jar).")
    Path reference;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + Advisor.DEFAULT_MAX_FIRINGS,
            description = "Most rule firings one customer may take before the evaluation is stopped as a loop, 1 to "
                    + MAX_FIRINGS_LIMIT + " (default: ${DEFAULT-VALUE}).")
    int maxFirings;

    @Option(names = "--max-millis", paramLabel = "MS", defaultValue = "" + EvaluationLimits.DEFAULT_MAX_MILLIS,
            description = "Longest time the rules may take for one customer, in ms, before the evaluation is stopped "
                    + "and the customer rejected (default: ${DEFAULT-VALUE}).")
    long maxMillis;

    Path rulesFolder() {
        requireFolder(rules, "--rules");
        return rulesFolder(rules);
    }

    /** The rules folder for a {@code --rules} value (null when not given): the one {@link RulesAhead} loads too. */
    static Path rulesFolder(Path given) {
        return BundledFolders.resolve(given, Path.of("rules"), BundledFolders.RULES);
    }

    /** How the commands that evaluate load their rules: from the cache when unchanged, else compiled. */
    static RuleSet compile(Path rulesFolder, CompiledRuleCache cache) {
        return new RuleSetCompiler(ReferenceData.GLOBAL_NAMES, cache).compile(rulesFolder);
    }

    Path referenceFolder() {
        requireFolder(reference, "--reference");
        return BundledFolders.resolve(reference, Path.of("facts", "reference"), BundledFolders.REFERENCE);
    }

    ReferenceData loadReference() {
        return ReferenceData.load(referenceFolder());
    }

    /** Compiles the rules with the classic compiler, whatever the cache holds: for the tools that judge rules. */
    RuleSet compile(ReferenceData data) {
        return new RuleSetCompiler(data.globals().keySet()).compile(rulesFolder());
    }

    /** The longest time limit a customer may be given: a day, far beyond any rule base's need. */
    static final long MAX_MILLIS_LIMIT = 86_400_000L;

    /** Checks the numeric options before anything is compiled or written. */
    void checkLimits() {
        if (maxFirings < 1 || maxFirings > MAX_FIRINGS_LIMIT) {
            throw new UsageException("--max-firings " + maxFirings + ": use 1 to " + MAX_FIRINGS_LIMIT);
        }
        if (maxMillis < 1 || maxMillis > MAX_MILLIS_LIMIT) {
            throw new UsageException("--max-millis " + maxMillis + ": use 1 to " + MAX_MILLIS_LIMIT);
        }
    }

    /** The firing and time limits per customer; a usage error when either is out of range. */
    EvaluationLimits limits() {
        checkLimits();
        return new EvaluationLimits(maxFirings, Duration.ofMillis(maxMillis));
    }

    /**
     * An advisor whose rules come from the compiled-rules cache when unchanged since it was filled, for the tools
     * run after every rule edit: they read the cache but do not fill it (that would cost each edit a second build).
     */
    Advisor advisor() {
        return advisor(CompiledRuleCache.fromEnvironment().readOnly(), false);
    }

    /**
     * An advisor for the commands that evaluate customers: rules unchanged since the last run are loaded from the
     * compiled-rules cache; changed rules are compiled and, once the command's work is done, cached for next time.
     */
    Advisor runAdvisor() {
        return advisor(CompiledRuleCache.fromEnvironment(), true);
    }

    /** @param loadedAhead whether the rules {@link RulesAhead} may have started loading are the ones wanted */
    private Advisor advisor(CompiledRuleCache cache, boolean loadedAhead) {
        EvaluationLimits limits = limits();
        Path rulesFolder = rulesFolder();
        // Reference data and rules are independent: reading one while the other loads takes a good part off the
        // start of a short run. A problem in the reference data is still reported first, as when read in turn.
        CompletableFuture<ReferenceData> data = CompletableFuture.supplyAsync(this::loadReference);
        RuleSet ruleSet;
        try {
            Optional<CompletableFuture<RuleSet>> ahead = loadedAhead ? RulesAhead.take(rulesFolder) : Optional.empty();
            ruleSet = ahead.isPresent() ? joined(ahead.get()) : compile(rulesFolder, cache);
        } catch (RuntimeException e) {
            joined(data); // a problem in the reference data is reported first
            throw e;
        }
        try {
            return new Advisor(ruleSet, joined(data), limits);
        } catch (RuntimeException e) {
            ruleSet.close();
            throw e;
        }
    }

    /** What a load on another thread gave, or what it threw, as if it had run on this one. */
    private static <T> T joined(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void requireFolder(Path folder, String option) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UsageException(option + " " + folder + ": no such folder");
        }
    }
}
