package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.batch.PortfolioRun;
import com.expressrouteadvisor.batch.ProfileReaders;
import com.expressrouteadvisor.batch.RejectFile;
import com.expressrouteadvisor.batch.RunSummary;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.report.OutputFormat;
import com.expressrouteadvisor.report.ResultWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code advisor evaluate}: every customer profile in the inputs, results to standard output or a file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates every customer profile in the inputs and writes one result per accepted record, "
                + "in input order. Rejected records go to the rejects file with the reason.")
final class EvaluateCommand implements Callable<Integer> {

    @ParentCommand
    AdvisorCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Mixin
    LanguageOption language;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Profiles: .json (one object or an array), .ndjson/.jsonl, or - for NDJSON on standard input.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json, ndjson or table (default: table on a terminal, else json).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write results here instead of standard output.")
    Path out;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Rejected records as NDJSON (default: rejects.ndjson beside --out, or in the working folder).")
    Path rejects;

    @Option(names = "--explain", description = "Include the rules that fired in every result.")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        OutputFormat outputFormat = outputFormat();
        for (String input : inputs) {
            if (!input.equals("-") && !Files.isRegularFile(Path.of(input))) {
                throw new UsageException(input + ": no such file");
            }
            if (!ProfileReaders.isSupported(input)) {
                throw new UsageException("cannot tell the format of '" + input
                        + "': use .json, .ndjson, .jsonl, or - for NDJSON on standard input");
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        Path rejectsPath = rejects != null ? rejects
                : (out != null && out.toAbsolutePath().getParent() != null
                ? out.toAbsolutePath().getParent().resolve("rejects.ndjson") : Path.of("rejects.ndjson"));

        RunSummary summary;
        try (Advisor advisor = engine.advisor();
             RejectFile rejectFile = new RejectFile(rejectsPath)) {
            EvaluationOptions options = new EvaluationOptions(language.locale(), explain);
            PortfolioRun run = new PortfolioRun(advisor, new ProfileParser(), options);
            ProfileReaders readers = new ProfileReaders(Json.mapper(), parent.stdin);
            summary = writeResults(outputFormat, writer -> run.run(inputs, readers, writer, reject -> {
                rejectFile.accept(reject);
                err.println("rejected: " + reject.describe());
            }));
        }
        err.println(summary);
        if (!summary.addsUp()) {
            err.println("advisor: internal failure: counts do not add up");
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
            return out == null && AdvisorCommand.isTerminal(parent.stdout) ? OutputFormat.TABLE : OutputFormat.JSON;
        }
        try {
            return OutputFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format " + format + ": use json, ndjson or table");
        }
    }

    interface Body {
        RunSummary run(ResultWriter writer) throws IOException;
    }

    /**
     * Results go to a temporary file moved into place only when complete, so an interrupted run never
     * leaves a partial file under the final name. Standard output is streamed as is.
     */
    private RunSummary writeResults(OutputFormat outputFormat, Body body) throws IOException {
        if (out == null) {
            OutputStream stdout = new FilterOutputStream(parent.stdout) {
                @Override
                public void close() throws IOException {
                    flush(); // never close the process's standard output
                }
            };
            try (ResultWriter writer = outputFormat.open(stdout)) {
                return body.run(writer);
            }
        }
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            RunSummary summary;
            try (ResultWriter writer = outputFormat.open(Files.newOutputStream(temporary))) {
                summary = body.run(writer);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
