package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.batch.PortfolioRun;
import com.expressrouteadvisor.batch.ProfileReaders;
import com.expressrouteadvisor.batch.Reject;
import com.expressrouteadvisor.batch.RejectFile;
import com.expressrouteadvisor.batch.RunSummary;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationLimits;
import com.expressrouteadvisor.engine.RuleProblem;
import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.engine.RuleSetCompiler;
import com.expressrouteadvisor.engine.RuleSetInvalidException;
import com.expressrouteadvisor.reference.ReferenceData;
import com.expressrouteadvisor.release.DiffFormat;
import com.expressrouteadvisor.release.DiffWriter;
import com.expressrouteadvisor.release.FailCondition;
import com.expressrouteadvisor.release.GitRevision;
import com.expressrouteadvisor.release.ImpactTotals;
import com.expressrouteadvisor.release.ReleaseDiff;
import com.expressrouteadvisor.report.Unicode;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** {@code advisor rules diff}: which customers get different advice from a changed rule set. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Evaluates the inputs with the base rule set and with the new one (--rules) in one pass, "
                + "and reports every customer whose advice changes: readiness, top model/layer, gaps and questions "
                + "added and removed, changed wording, and the rules whose firing changed; then the totals.",
                "Exit 0 when no advice changes, 5 when some does (with --fail-on: when a change matches), "
                        + "3 when either rule set does not compile, 4 when nothing changed but records were rejected."})
final class RulesDiffCommand implements Callable<Integer> {

    private static final String GIT = "git:";

    @ParentCommand
    RulesCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Mixin
    LanguageOption language;

    @Option(names = "--base", required = true, paramLabel = "DIR|git:REF",
            description = "The rule set released today: a rules folder, or git:REF for the rules folder (--rules) as "
                    + "it was at that commit of its git repository (git:HEAD, git:v1.4, git:main~3); the working "
                    + "tree is not touched.")
    String base;

    @Option(names = "--base-reference", paramLabel = "DIR",
            description = "Reference data for the base rule set (default: the same as the new one's, --reference).")
    Path baseReference;

    @Option(names = "--fail-on", paramLabel = "CONDITION[,…]",
            description = "Exit 5 only when a change matches one of these (default: any change): any, readiness-down, "
                    + "readiness-change, model-change, gap-added[:SEVERITY], gap-removed[:SEVERITY], question-added, "
                    + "question-removed, text-change; e.g. readiness-down,gap-added:BLOCKER.")
    String failOn;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Profiles, as for evaluate: .json, .ndjson/.jsonl, .csv, or - for NDJSON on standard input.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, json, ndjson, csv or html (default: the --out file's extension, else table on a "
                    + "terminal, else json); any case.")
    DiffFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report here instead of standard output; the file appears only when the run "
                    + "finished.")
    Path out;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Rejected records as NDJSON, as for evaluate (default: rejects.ndjson beside --out, or in "
                    + "the working folder when the report goes to standard output or a device or pipe).")
    Path rejects;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads, 1 to " + EvaluateCommand.MAX_THREADS + " (default: all cores, here "
                    + "${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-record-bytes", paramLabel = "BYTES",
            description = "The largest record read, as for evaluate (default: ${DEFAULT-VALUE}).")
    int maxRecordBytes = ProfileReaders.DEFAULT_MAX_RECORD_BYTES;

    @Override
    public Integer call() throws IOException {
        DiffFormat diffFormat = diffFormat();
        List<FailCondition> conditions = failOn == null ? List.of() : FailCondition.parseAll(failOn);
        if (threads < 1 || threads > EvaluateCommand.MAX_THREADS) {
            throw new UsageException("--threads " + threads + ": use 1 to " + EvaluateCommand.MAX_THREADS);
        }
        if (maxRecordBytes < 1) {
            throw new UsageException("--max-record-bytes " + maxRecordBytes + ": use 1 or more");
        }
        EvaluationLimits limits = engine.limits();
        for (String input : inputs) {
            InputFiles.check(input);
        }
        if (baseReference != null && !Files.isDirectory(baseReference)) {
            throw new UsageException("--base-reference " + baseReference + ": no such folder");
        }
        PrintWriter err = spec.commandLine().getErr();
        Path rejectsPath = rejects != null ? rejects : EvaluateCommand.defaultRejects(out);

        Path rulesFolder = engine.rulesFolder();
        Path extracted = null;
        try {
            Side baseSide;
            if (base.startsWith(GIT)) {
                extracted = Files.createTempDirectory("advisor-base-rules-");
                GitRevision revision = GitRevision.extract(rulesFolder, base.substring(GIT.length()), extracted);
                baseSide = new Side("base", base, revision.folder(), revision.label());
            } else {
                Path folder = Path.of(base);
                if (!Files.isDirectory(folder)) {
                    throw new UsageException("--base " + base + ": no such folder (or write git:REF for a commit)");
                }
                baseSide = new Side("base", base, folder, null);
            }
            Side newSide = new Side("new", rulesFolder.toString(), rulesFolder, null);
            ReferenceData reference = engine.loadReference();
            ReferenceData baseData = baseReference == null ? reference : ReferenceData.load(baseReference);

            // Both compile at once: on two cores that halves the wait before the first customer.
            CompletableFuture<RuleSet> baseRules = CompletableFuture.supplyAsync(() -> baseSide.compile(baseData));
            CompletableFuture<RuleSet> newRules = CompletableFuture.supplyAsync(() -> newSide.compile(reference));
            List<RuleProblem> baseProblems = problems(baseRules, baseSide);
            List<RuleProblem> newProblems = problems(newRules, newSide);
            if (!baseProblems.isEmpty() || !newProblems.isEmpty()) {
                baseRules.thenAccept(RuleSet::close);
                newRules.thenAccept(RuleSet::close);
                report(err, baseSide, baseProblems);
                report(err, newSide, newProblems);
                err.printf("rule set invalid: %d problem(s) in the base rule set, %d in the new one%n",
                        baseProblems.size(), newProblems.size());
                return ExitCodes.RULES_INVALID;
            }
            try (RuleSet before = baseRules.join(); RuleSet after = newRules.join();
                 Advisor baseAdvisor = new Advisor(before, baseData, limits);
                 Advisor newAdvisor = new Advisor(after, reference, limits)) {
                return run(new ReleaseDiff(baseAdvisor, newAdvisor, language.locale(after)), diffFormat, conditions,
                        rejectsPath, err);
            }
        } finally {
            if (extracted != null) {
                deleteTree(extracted);
            }
        }
    }

    private int run(ReleaseDiff diff, DiffFormat diffFormat, List<FailCondition> conditions, Path rejectsPath,
                    PrintWriter err) throws IOException {
        ImpactTotals totals = new ImpactTotals(conditions);
        RunSummary summary;
        try (StagedFile rejectsFile = EvaluateCommand.stage(rejectsPath, "--rejects", "rejects",
                StagedFile.WhenEmpty.REMOVE_FILE);
             StagedFile reportFile = out == null ? null
                     : EvaluateCommand.stage(out, "--out", "report", StagedFile.WhenEmpty.KEEP_EMPTY_FILE);
             RejectFile rejectLines = new RejectFile(rejectsFile.stream())) {
            AdvisorCommand advisor = parent.parent;
            ProfileReaders readers = new ProfileReaders(advisor.stdin, maxRecordBytes);
            Consumer<Reject> onReject = reject -> {
                rejectLines.accept(reject);
                if (rejectLines.count() <= EvaluateCommand.REJECTS_SHOWN) {
                    err.println("rejected: " + reject.describe());
                } else if (rejectLines.count() == EvaluateCommand.REJECTS_SHOWN + 1) {
                    err.println("rejected: more records; all are in " + rejectsPath);
                }
            };
            boolean reportOnTerminal = out == null && advisor.stdoutIsTerminal;
            PortfolioRun.Progress progress = reportOnTerminal ? PortfolioRun.Progress.NONE
                    : ProgressDisplay.startIfTerminal(advisor.stderr, readers, ProfileReaders.totalBytes(inputs));
            OutputStream report = reportFile != null ? reportFile.stream()
                    : AtomicOutput.standardOutput(advisor.stdout, "report");
            try (DiffWriter<?> writer = diffFormat.open(report)) {
                summary = diff.run(inputs, readers, threads, writer, totals, onReject, progress);
                writer.finish(totals);
            } finally {
                ProgressDisplay.close(progress);
            }
            rejectLines.close();
            if (!summary.addsUp() || rejectLines.count() != summary.rejected()
                    || totals.changed() + totals.unchanged() != summary.evaluated()) {
                err.println(summary);
                err.println("advisor: internal failure: counts do not add up; no file was replaced");
                return ExitCodes.INTERNAL_FAILURE;
            }
            StagedFile.commitTogether(rejectsFile, reportFile);
        }
        err.println(summary);
        if (!(diffFormat == DiffFormat.TABLE && out == null)) {
            err.println(totals.sentence());
        }
        if (summary.rejected() > 0) {
            err.println("rejected records are in " + rejectsPath);
        }
        if (totals.failing() > 0) {
            return ExitCodes.ADVICE_CHANGED;
        }
        return summary.rejected() > 0 ? ExitCodes.RECORDS_REJECTED : ExitCodes.OK;
    }

    /** One of the two rule sets: where it was read from and how its files are named in problems. */
    private record Side(String role, String given, Path folder, String gitLabel) {

        RuleSet compile(ReferenceData data) {
            return new RuleSetCompiler(data.globals().keySet()).compile(folder);
        }

        /** A problem in an extracted git folder names the file as {@code REF:path}, which git show opens. */
        RuleProblem relabel(RuleProblem problem) {
            if (gitLabel == null) {
                return problem;
            }
            String extracted = folder.toString();
            String file = problem.file() == null ? null : problem.file().replace(extracted, gitLabel);
            String message = problem.message() == null ? null : problem.message().replace(extracted, gitLabel);
            return new RuleProblem(file, problem.line(), problem.column(), problem.level(), message);
        }
    }

    private static List<RuleProblem> problems(CompletableFuture<RuleSet> compiling, Side side) {
        try {
            compiling.join();
            return List.of();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuleSetInvalidException invalid) {
                return invalid.problems().stream().map(side::relabel).toList();
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void report(PrintWriter err, Side side, List<RuleProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        err.println("the " + side.role() + " rule set (" + Unicode.printable(side.given()) + ") does not compile:");
        for (RuleProblem problem : problems) {
            err.println(Unicode.printable(problem.toString()));
        }
    }

    private DiffFormat diffFormat() {
        if (format != null) {
            return format;
        }
        DiffFormat byName = out == null ? null : DiffFormat.ofFileName(out.getFileName().toString());
        if (byName != null) {
            return byName;
        }
        return out == null && parent.parent.stdoutIsTerminal ? DiffFormat.TABLE : DiffFormat.JSON;
    }

    private static void deleteTree(Path folder) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
