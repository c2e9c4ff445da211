package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.engine.CompiledRuleCache;
import com.expressrouteadvisor.engine.RuleSet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set of {@code evaluate}, {@code plan} or {@code explain}, loaded on a thread of its own from the moment
 * the process starts, while picocli reads the command line (≈ 0.1–0.25 s: its classes are of a class-file version
 * too old for class-data sharing, so they are loaded and verified at every start). It is the load the command would
 * make itself, the same compiler and cache ({@link EngineOptions#compile}) on the same folder
 * ({@link EngineOptions#rulesFolder(Path)}), only started earlier: the command takes it only when the folder it
 * resolves is the one loaded here, and otherwise loads its own. A rule set that does not compile fails the command
 * with the same problems, as if it had compiled it.
 */
final class RulesAhead {

    private static final Set<String> COMMANDS = Set.of("evaluate", "plan", "explain");
    private static final AtomicReference<Ahead> AHEAD = new AtomicReference<>();

    private record Ahead(Path folder, CompletableFuture<RuleSet> ruleSet) {
    }

    private RulesAhead() {
    }

    /** Starts loading the rules folder the command line names (or the default one) when its command evaluates. */
    static void start(String... args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return;
        }
        Path folder;
        try {
            folder = EngineOptions.rulesFolder(rulesOption(args));
        } catch (RuntimeException e) {
            return; // a --rules value that is no path, or a build without bundled rules: the command says so
        }
        if (!Files.isDirectory(folder)) {
            return;
        }
        CompletableFuture<RuleSet> loading = new CompletableFuture<>();
        AHEAD.set(new Ahead(folder, loading));
        Thread thread = new Thread(() -> {
            try {
                loading.complete(EngineOptions.compile(folder, CompiledRuleCache.fromEnvironment()));
            } catch (Throwable e) { // handed to the command, which reports it as its own load would
                loading.completeExceptionally(e);
            }
        }, "rules-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /** The load started for {@code folder}, handed out once; empty when none was started for that folder. */
    static Optional<CompletableFuture<RuleSet>> take(Path folder) {
        Ahead ahead = AHEAD.getAndSet(null);
        if (ahead == null) {
            return Optional.empty();
        }
        if (ahead.folder().equals(folder)) {
            return Optional.of(ahead.ruleSet());
        }
        ahead.ruleSet().thenAccept(RuleSet::close); // loaded for nothing: the command resolved another folder
        return Optional.empty();
    }

    /** The value of {@code --rules DIR} or {@code --rules=DIR} before any {@code --}; null when not given. */
    private static Path rulesOption(String... args) {
        Path given = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("--rules") && i + 1 < args.length) {
                given = Path.of(args[++i]);
            } else if (arg.startsWith("--rules=")) {
                given = Path.of(arg.substring("--rules=".length()));
            }
        }
        return given;
    }
}
