package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.engine.RuleSetCompiler;
import com.expressrouteadvisor.profile.ProfileParser;
import org.slf4j.LoggerFactory;

import java.util.Set;

/**
 * Starts what a command that loads rules needs in any case on a thread of its own, the moment the process starts:
 * logging, Drools' service registry and the profile parser take ≈ 0.25 s of such a start, and the main thread spends about as long
 * reading the command line (picocli's classes are of a class-file version too old for class-data sharing, so they
 * are loaded and verified at every start). Commands that load no rules start neither: {@code --version},
 * {@code generate} and help stay as light as they are. {@code serve} is left out too: it replaces the logging
 * configuration as it starts, which must not race with logging being set up.
 */
final class StartupWarmUp {

    private static final Set<String> COMMANDS = Set.of("evaluate", "plan", "explain", "rules");

    private StartupWarmUp() {
    }

    static void begin(String... args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return;
        }
        Thread thread = new Thread(StartupWarmUp::run, "start-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            LoggerFactory.getILoggerFactory();
            RuleSetCompiler.startEngine();
            ProfileParser.standard(); // the input's parser and the planner's
        } catch (RuntimeException | LinkageError e) {
            // The command itself meets the same failure when it gets there, and reports it as it does any other.
        }
    }
}
