package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.engine.CompiledRuleCache;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** {@code advisor}: the command line of ExpressRoute Advisor. */
@Command(name = "advisor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Picks and ranks Azure ExpressRoute connectivity models for customer profiles, "
                + "flags the prerequisites they lack and asks for what is unknown.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:all records evaluated",
                "1:failed: results or rejects could not be written, an input could not be read, or an internal failure",
                "2:usage error",
                "3:rule set invalid",
                "4:finished, but some input records were rejected (see the rejects file), or some rule scenarios failed",
                "5:rules diff: some customer's advice changes (with --fail-on: a change that matches)"})
public final class AdvisorCommand {

    /**
     * The subcommands, in the order help lists them. They are added in {@link #commandLine} rather than named in
     * {@code @Command}: picocli builds the model of every command it is given, options and their types, and a run
     * needs only the one it runs (building them all loaded the option types of {@code serve}, {@code rules diff}
     * and the others at every start; docs/performance.md, "Cold start: logging, picocli …").
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(EvaluateCommand.class, PlanCommand.class,
            ExplainCommand.class, RulesCommand.class, GenerateCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class);

    final InputStream stdin;
    /** Where results go: a stream that reports write errors, unlike {@link System#out}. */
    final OutputStream stdout;
    final boolean stdoutIsTerminal;
    final PrintStream stderr;

    AdvisorCommand(InputStream stdin, OutputStream stdout, boolean stdoutIsTerminal, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stdoutIsTerminal = stdoutIsTerminal;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        RulesAhead.start(args);
        StartupWarmUp.begin(args);
        // System.out swallows write errors (a full disk, a closed pipe): results go to the descriptor itself,
        // so that such a run fails instead of reporting success. Help and messages still use System.out.
        OutputStream results = new FileOutputStream(FileDescriptor.out);
        System.exit(run(System.in, results, System.console() != null, System.out, System.err, args));
    }

    /** Runs one command line against the given streams and returns its exit code; tests use this too. */
    /** How long a command waits at its end for the rules it compiled to reach the cache; past it, they do not. */
    private static final Duration CACHE_WRITE_LIMIT = Duration.ofMinutes(5);

    public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        return run(in, out, out == System.out && System.console() != null, out, err, args);
    }

    private static int run(InputStream in, OutputStream results, boolean resultsOnTerminal, PrintStream out,
                           PrintStream err, String... args) {
        CommandLine cli = commandLine(new AdvisorCommand(in, results, resultsOnTerminal, err), args)
                .setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true))
                .setExecutionExceptionHandler(new ErrorHandler())
                .setExitCodeExceptionMapper(ErrorHandler::exitCode)
                // --format and the other enum options: picocli converts them, and says which values it takes.
                .setCaseInsensitiveEnumValuesAllowed(true);
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        try {
            int code = cli.execute(args);
            if (CompiledRuleCache.writing()) {
                err.println("advisor: caching the compiled rules, so that the next run starts faster "
                        + "(once after each rule change)");
            }
            CompiledRuleCache.awaitWrites(CACHE_WRITE_LIMIT);
            return code;
        } catch (Error e) {
            return ErrorHandler.handleError(e, cli.getErr());
        }
    }

    /**
     * The command line with the subcommand that {@code args} names, or with all of them when they name none
     * (help, a usage error, a misspelt command: those list or suggest the commands).
     */
    private static CommandLine commandLine(AdvisorCommand advisor, String... args) {
        CommandLine cli = new CommandLine(advisor);
        String first = args.length > 0 ? args[0] : "";
        if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
            return cli;
        }
        for (Class<?> type : SUBCOMMANDS) {
            // "help explain" lists explain's options through the help command, which needs them all
            if (type != CommandLine.HelpCommand.class && name(type).equals(first)) {
                return cli.addSubcommand(first, type);
            }
        }
        for (Class<?> type : SUBCOMMANDS) {
            cli.addSubcommand(name(type), type);
        }
        return cli;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    static PrintStream printStream(OutputStream out) {
        return out instanceof PrintStream ps ? ps : new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
