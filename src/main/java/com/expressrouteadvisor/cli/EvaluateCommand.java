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
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code advisor evaluate}: every customer profile in the inputs, results to standard output or a file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates every customer profile in the inputs, on all cores, and writes one result per "
                + "accepted record in input order. Rejected records go to the rejects file with the reason; "
                + "the counts go to standard error.")
final class EvaluateCommand implements Callable<Integer> {

    /** Rejects beyond this many are only in the rejects file, not on standard error. */
    static final int REJECTS_SHOWN = 20;

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
                    + "terminal, else json).")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write results here instead of standard output; the file appears only when complete.")
    Path out;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Rejected records as NDJSON (default: rejects.ndjson beside --out, or in the working folder).")
    Path rejects;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--explain", description = "Include the rules that fired in every result.")
    boolean explain;

    @Option(names = "--max-record-bytes", paramLabel = "BYTES",
            description = "The largest record read (an NDJSON line, a CSV row, one profile of a .json input); a "
                    + "larger one is skipped as a reject and the rest goes on (default: ${DEFAULT-VALUE}, 1 MiB).")
    int maxRecordBytes = ProfileReaders.DEFAULT_MAX_RECORD_BYTES;

    @Override
    public Integer call() throws IOException {
        OutputFormat outputFormat = outputFormat();
        if (threads < 1) {
            throw new UsageException("--threads " + threads + ": use 1 or more");
        }
        if (maxRecordBytes < 1) {
            throw new UsageException("--max-record-bytes " + maxRecordBytes + ": use 1 or more");
        }
        for (String input : inputs) {
            InputFiles.check(input);
        }
        PrintWriter err = spec.commandLine().getErr();
        Path rejectsPath = rejects != null ? rejects
                : (out != null && out.toAbsolutePath().getParent() != null
                ? out.toAbsolutePath().getParent().resolve("rejects.ndjson") : Path.of("rejects.ndjson"));

        RunSummary summary;
        long rejectsWritten;
        try (Advisor advisor = engine.advisor();
             RejectFile rejectFile = new RejectFile(rejectsPath)) {
            EvaluationOptions options = new EvaluationOptions(language.locale(), explain);
            PortfolioRun run = new PortfolioRun(advisor::evaluate, new ProfileParser(), options, threads);
            ProfileReaders readers = new ProfileReaders(parent.stdin, maxRecordBytes);
            Consumer<Reject> onReject = reject -> {
                rejectFile.accept(reject);
                if (rejectFile.count() <= REJECTS_SHOWN) {
                    err.println("rejected: " + reject.describe());
                } else if (rejectFile.count() == REJECTS_SHOWN + 1) {
                    err.println("rejected: more records; all are in " + rejectsPath);
                }
            };
            boolean resultsOnTerminal = out == null && AdvisorCommand.isTerminal(parent.stdout);
            PortfolioRun.Progress progress = resultsOnTerminal ? PortfolioRun.Progress.NONE
                    : ProgressDisplay.startIfTerminal(parent.stderr, readers, ProfileReaders.totalBytes(inputs));
            try {
                summary = writeResults(outputFormat, writer -> run.run(inputs, readers, writer, onReject, progress));
            } finally {
                ProgressDisplay.close(progress);
            }
            rejectFile.complete();
            rejectsWritten = rejectFile.count();
            if (readers.recordsRead() != summary.read()) {
                summary = new RunSummary(readers.recordsRead(), summary.evaluated(), summary.rejected());
            }
        }
        err.println(summary);
        if (!summary.addsUp() || rejectsWritten != summary.rejected()) {
            err.println("advisor: internal failure: counts do not add up (" + rejectsWritten
                    + " rejects written)");
            return ExitCodes.INTERNAL_FAILURE;
        }
        if (summary.rejected() > 0) {
            err.println("rejected records are in " + rejectsPath);
            return ExitCodes.RECORDS_REJECTED;
        }
        return ExitCodes.OK;
    }

    private OutputFormat outputFormat() {
        if (format == null) {
            OutputFormat byName = out == null ? null : OutputFormat.ofFileName(out.getFileName().toString());
            if (byName != null) {
                return byName;
            }
            return out == null && AdvisorCommand.isTerminal(parent.stdout) ? OutputFormat.TABLE : OutputFormat.JSON;
        }
        try {
            return OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format " + format + ": use " + OutputFormat.names());
        }
    }

    interface Body {
        RunSummary run(ResultWriter<?> writer) throws IOException;
    }

    /** Results go to standard output, or to the --out file only once complete ({@link AtomicOutput}). */
    private RunSummary writeResults(OutputFormat outputFormat, Body body) throws IOException {
        return AtomicOutput.write(out, parent.stdout, stream -> {
            try (ResultWriter<?> writer = outputFormat.open(stream)) {
                return body.run(writer);
            }
        });
    }
}
