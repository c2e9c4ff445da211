package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.batch.PortfolioRun;
import com.expressrouteadvisor.batch.ProfileReaders;
import com.expressrouteadvisor.batch.Reject;
import com.expressrouteadvisor.batch.RejectFile;
import com.expressrouteadvisor.batch.RunSummary;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.OutputFormat;
import com.expressrouteadvisor.report.ResultWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code advisor evaluate}: every customer profile in the inputs, results to standard output or a file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates every customer profile in the inputs, on all cores, and writes one result per "
                + "accepted record in input order. Rejected records go to the rejects file with the reason; "
                + "the counts go to standard error.")
class EvaluateCommand implements Callable<Integer> {

    /** Rejects beyond this many are only in the rejects file, not on standard error. */
    static final int REJECTS_SHOWN = 20;
    /** More workers than this only cost memory: the work is bound by cores, not by waiting. */
    static final int MAX_THREADS = 1024;

    @ParentCommand
    AdvisorCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Mixin
    LanguageOption language;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Profiles in UTF-8: .json (one object, an array, or several one after another), "
                    + ".ndjson/.jsonl, .csv (dotted column names, ';'-separated lists), or - for NDJSON on standard "
                    + "input.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json, ndjson, csv, table or html (default: the --out file's extension, else table on a "
                    + "terminal, else json); any case. codes: for programs, NDJSON of codes without words, the first "
                    + "line a catalog of the texts to render them (docs/contract.md).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write results here instead of standard output; the file appears only when the run "
                    + "succeeded.")
    Path out;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Rejected records as NDJSON (default: rejects.ndjson beside --out, or in the working "
                    + "folder when the results go to standard output or a device or pipe); a run without rejects "
                    + "removes an earlier run's file there.")
    Path rejects;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads, 1 to " + MAX_THREADS + " (default: all cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--explain", description = "Include the rules that fired in every result.")
    boolean explain;

    @Option(names = "--max-record-bytes", paramLabel = "BYTES",
            description = "The largest record read (an NDJSON line, a CSV row, one profile of a .json input); a "
                    + "larger one is skipped as a reject and the rest goes on (default: ${DEFAULT-VALUE}, 1 MiB).")
    int maxRecordBytes = ProfileReaders.DEFAULT_MAX_RECORD_BYTES;

    @Option(names = "--plan", description = "Attach to every result the cheapest plan of changes that makes the "
            + "customer ready (see advisor plan).")
    boolean plan;

    @Mixin
    PlanOptions planOptions;

    /** Whether every result carries a plan: {@code --plan}, or always for {@code advisor plan}. */
    boolean plans() {
        return plan;
    }

    /** The writer of the results; {@code advisor plan} writes the plans instead. */
    ResultWriter<?> open(OutputFormat format, OutputStream results, java.util.Locale language,
                         com.expressrouteadvisor.engine.RuleSet ruleSet) throws IOException {
        return format.open(results, language, ruleSet);
    }

    @Override
    public Integer call() throws IOException {
        OutputFormat outputFormat = outputFormat();
        if (outputFormat == OutputFormat.CODES && (plans() || explain)) {
            // Plans and fired rules are words and rule names the codes format has no place for; refused rather
            // than left out, so that nobody reads a file without them thinking it has them.
            throw new UsageException((plans() ? (plan ? "--plan" : "advisor plan") : "--explain")
                    + " does not go with --format codes: use --format ndjson or json");
        }
        com.expressrouteadvisor.planner.PlanLimits planLimits = planOptions.limits();
        if (planOptions.summary != null && !plans()) {
            throw new UsageException("--summary needs --plan: the table counts the changes of the plans");
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new UsageException("--threads " + threads + ": use 1 to " + MAX_THREADS);
        }
        engine.checkLimits();
        if (maxRecordBytes < 1) {
            throw new UsageException("--max-record-bytes " + maxRecordBytes + ": use 1 or more");
        }
        for (String input : inputs) {
            InputFiles.check(input);
        }
        PrintWriter err = spec.commandLine().getErr();
        Path rejectsPath = rejects != null ? rejects : defaultRejects(out);
        checkDestinations(rejectsPath);
        if (planOptions.summary != null) {
            checkSummaryDestination(rejectsPath);
        }

        RunSummary summary;
        // Both files are staged before the run, which checks that they can be written, and are put in place
        // together once it succeeded: the rejects first, the results last (StagedFile.commitTogether).
        try (StagedFile rejectsFile = stage(rejectsPath, "--rejects", "rejects", StagedFile.WhenEmpty.REMOVE_FILE);
             StagedFile resultsFile = out == null ? null
                     : stage(out, "--out", "results", StagedFile.WhenEmpty.KEEP_EMPTY_FILE);
             Advisor advisor = engine.runAdvisor();
             RejectFile rejectLines = new RejectFile(rejectsFile.stream())) {
            EvaluationOptions options = new EvaluationOptions(language.locale(advisor.ruleSet()), explain)
                    .withTexts(outputFormat.showsTexts());
            PortfolioRun run = new PortfolioRun(plans()
                    ? (profile, opts) -> advisor.evaluateWithPlan(profile, opts, planLimits)
                    : advisor::evaluate, ProfileParser.standard(), options, threads);
            com.expressrouteadvisor.report.PlanTally tally = new com.expressrouteadvisor.report.PlanTally();
            ProfileReaders readers = new ProfileReaders(parent.stdin, maxRecordBytes);
            Consumer<Reject> onReject = reject -> {
                rejectLines.accept(reject);
                if (rejectLines.count() <= REJECTS_SHOWN) {
                    err.println("rejected: " + reject.describe());
                } else if (rejectLines.count() == REJECTS_SHOWN + 1) {
                    err.println("rejected: more records; all are in " + rejectsPath);
                }
            };
            boolean resultsOnTerminal = out == null && parent.stdoutIsTerminal;
            PortfolioRun.Progress progress = resultsOnTerminal ? PortfolioRun.Progress.NONE
                    : ProgressDisplay.startIfTerminal(parent.stderr, readers, ProfileReaders.totalBytes(inputs));
            OutputStream results = resultsFile != null ? resultsFile.stream()
                    : AtomicOutput.standardOutput(parent.stdout, "results");
            ResultWriter<?> opened = open(outputFormat, results, options.language(), advisor.ruleSet());
            try (ResultWriter<?> writer = planOptions.summary == null ? opened
                    : com.expressrouteadvisor.report.PlanOutput.tallying(opened, tally)) {
                summary = run.run(inputs, readers, writer, onReject, progress);
            } finally {
                ProgressDisplay.close(progress);
            }
            rejectLines.close();
            if (readers.recordsRead() != summary.read()) {
                summary = new RunSummary(readers.recordsRead(), summary.evaluated(), summary.rejected());
            }
            if (!summary.addsUp() || rejectLines.count() != summary.rejected()) {
                err.println(summary);
                err.println("advisor: internal failure: counts do not add up (" + rejectLines.count()
                        + " rejects written); no file was replaced");
                return ExitCodes.INTERNAL_FAILURE;
            }
            if (planOptions.summary != null) {
                writeSummary(tally);
            }
            StagedFile.commitTogether(rejectsFile, resultsFile);
        }
        err.println(summary);
        if (summary.rejected() > 0) {
            err.println("rejected records are in " + rejectsPath);
            return ExitCodes.RECORDS_REJECTED;
        }
        return ExitCodes.OK;
    }

    /**
     * {@code rejects.ndjson} beside the results file; in the working folder when the results go to standard output
     * or to a device or pipe ({@code --out /dev/null}), whose folder is no place for files.
     */
    static Path defaultRejects(Path out) {
        Path folder = out == null || StagedFile.isStream(out) ? null : out.toAbsolutePath().getParent();
        return folder != null ? folder.resolve("rejects.ndjson") : Path.of("rejects.ndjson");
    }

    /** Before the run, so that a wrong destination costs nothing: neither a folder, nor an input, nor the same. */
    private void checkDestinations(Path rejectsPath) throws IOException {
        // Results and rejects may both go to a device or pipe (/dev/null): nothing there is replaced.
        if (out != null && !StagedFile.isStream(out)
                && out.toAbsolutePath().normalize().equals(rejectsPath.toAbsolutePath().normalize())) {
            throw new UsageException("--out and --rejects are both " + out + ": give them different files");
        }
        for (String input : inputs) {
            if (input.equals("-")) {
                continue;
            }
            Path inputPath = Path.of(input);
            if (out != null && Files.exists(out) && Files.isSameFile(out, inputPath)) {
                throw new UsageException("--out " + out + " is also an input: write the results elsewhere");
            }
            if (Files.exists(rejectsPath) && Files.isSameFile(rejectsPath, inputPath)) {
                throw new UsageException("--rejects " + rejectsPath + " is also an input: write the rejects elsewhere"
                        + (rejects == null ? " (--rejects FILE)" : ""));
            }
        }
    }

    private void checkSummaryDestination(Path rejectsPath) throws IOException {
        Path summary = planOptions.summary.toAbsolutePath().normalize();
        if (Files.isDirectory(summary)) {
            throw new UsageException("--summary " + planOptions.summary + " is a folder: give a file");
        }
        if (summary.equals(rejectsPath.toAbsolutePath().normalize())
                || (out != null && summary.equals(out.toAbsolutePath().normalize()))) {
            throw new UsageException("--summary " + planOptions.summary + " is also --out or --rejects: give "
                    + "another file");
        }
        for (String input : inputs) {
            if (!input.equals("-") && Files.exists(summary) && Files.isSameFile(summary, Path.of(input))) {
                throw new UsageException("--summary " + planOptions.summary + " is also an input");
            }
        }
    }

    /** The table of changes that unblock the most customers, written under a temporary name and moved into place. */
    private void writeSummary(com.expressrouteadvisor.report.PlanTally tally) throws IOException {
        try (StagedFile file = stage(planOptions.summary, "--summary", "summary", StagedFile.WhenEmpty.KEEP_EMPTY_FILE)) {
            com.expressrouteadvisor.report.PlanSummaryFile.write(tally,
                    com.expressrouteadvisor.report.PlanSummaryFile.isJson(planOptions.summary.getFileName().toString()),
                    file.stream());
            StagedFile.commitTogether(file);
        }
    }

    /** The destination's staging file; when it cannot be created there, a usage error that says why. */
    static StagedFile stage(Path destination, String option, String content, StagedFile.WhenEmpty whenEmpty) {
        try {
            return StagedFile.create(destination, content, whenEmpty);
        } catch (IOException e) {
            throw new UsageException(option + " " + destination + ": cannot write there: " + StagedFile.reason(e));
        }
    }

    private OutputFormat outputFormat() {
        if (format == null) {
            OutputFormat byName = out == null ? null : OutputFormat.ofFileName(out.getFileName().toString());
            if (byName != null) {
                return byName;
            }
            return out == null && parent.stdoutIsTerminal ? OutputFormat.TABLE : OutputFormat.JSON;
        }
        return format;
    }
}
