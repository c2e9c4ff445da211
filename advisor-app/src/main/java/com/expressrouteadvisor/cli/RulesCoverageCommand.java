package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.authoring.RuleCoverage;
import com.expressrouteadvisor.authoring.ScenarioFiles;
import com.expressrouteadvisor.authoring.ScenarioRunner;
import com.expressrouteadvisor.batch.InputRecord;
import com.expressrouteadvisor.batch.ProfileReader;
import com.expressrouteadvisor.batch.ProfileReaders;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationException;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.engine.RuleFiles;
import com.expressrouteadvisor.engine.RuleInfo;
import com.expressrouteadvisor.profile.FieldError;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code advisor rules coverage}: how often each rule fired over a portfolio or the scenarios. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Evaluates the inputs (and with --scenarios the rule scenarios) and shows how often each "
                + "rule fired and in how many evaluations, then lists the rules that never fired.",
                "Exit 4 when some input records were rejected (they are listed on standard error)."})
final class RulesCoverageCommand implements Callable<Integer> {

    enum Format { table, json }

    @ParentCommand
    RulesCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Profiles, as for evaluate: .json (one object or an array), .ndjson/.jsonl, or - for "
                    + "NDJSON on standard input.")
    List<String> inputs = List.of();

    @Option(names = "--scenarios", description = "Also run the rule scenarios (the scenarios folder of the rules).")
    boolean scenarios;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        if (inputs.isEmpty() && !scenarios) {
            throw new UsageException("name the INPUT files to evaluate, or --scenarios, or both");
        }
        for (String input : inputs) {
            InputFiles.check(input);
        }
        PrintWriter err = spec.commandLine().getErr();
        long rejected = 0;
        try (Advisor advisor = engine.advisor()) {
            RuleCoverage coverage = new RuleCoverage(advisor.ruleSet());
            if (scenarios) {
                coverage.addAll(new ScenarioRunner(advisor).run(new ScenarioFiles()
                        .read(advisor.ruleSet().folder().resolve(RuleFiles.SCENARIOS))));
            }
            ProfileParser parser = ProfileParser.standard();
            ProfileReaders readers = new ProfileReaders(Json.mapper(), parent.parent.stdin);
            EvaluationOptions options = EvaluationOptions.DEFAULT.withExplain(true);
            for (String input : inputs) {
                try (ProfileReader reader = readers.open(input)) {
                    for (InputRecord record = reader.next(); record != null; record = reader.next()) {
                        String problem = evaluate(advisor, parser, options, record, coverage);
                        if (problem != null) {
                            rejected++;
                            err.println("rejected: " + record.source() + ":" + record.line() + ": " + problem);
                        }
                    }
                }
            }
            err.flush();
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(coverage, rejected)));
            } else {
                printTable(coverage, rejected, out);
            }
            out.flush();
        }
        return rejected > 0 ? ExitCodes.RECORDS_REJECTED : ExitCodes.OK;
    }

    /** Adds one record's fired rules to the coverage; returns why the record was rejected, or null. */
    private static String evaluate(Advisor advisor, ProfileParser parser, EvaluationOptions options,
                                   InputRecord record, RuleCoverage coverage) {
        if (record.readError() != null) {
            return record.readError();
        }
        ParsedProfile parsed = parser.parse(record.node());
        if (!parsed.isValid()) {
            return (parsed.id() != null ? "customer '" + parsed.id() + "': " : "")
                    + parsed.errors().stream().map(FieldError::toString).collect(Collectors.joining("; "));
        }
        try {
            Evaluation evaluation = advisor.evaluate(parsed.profile(), options);
            coverage.add(evaluation);
            return null;
        } catch (EvaluationException e) {
            return e.getMessage();
        }
    }

    private static void printTable(RuleCoverage coverage, long rejected, PrintWriter out) {
        List<RuleCoverage.Count> counts = coverage.counts();
        long fired = counts.stream().filter(c -> c.firings() > 0).count();
        out.printf("Rule coverage over %d evaluation%s%s: %d of %d rules fired%n%n", coverage.evaluations(),
                coverage.evaluations() == 1 ? "" : "s", rejected > 0 ? " (" + rejected + " rejected)" : "",
                fired, counts.size());
        int nameWidth = Math.min(70, counts.stream().mapToInt(c -> c.rule().name().length()).max().orElse(4));
        out.printf("%8s  %11s  %-" + nameWidth + "s  %s%n", "firings", "evaluations", "rule", "where");
        for (RuleCoverage.Count count : counts) {
            out.printf("%8d  %11d  %-" + nameWidth + "s  %s%n", count.firings(), count.evaluations(),
                    shorten(count.rule().name(), nameWidth), where(count.rule()));
        }
        List<RuleCoverage.Count> never = coverage.neverFired();
        out.println();
        if (never.isEmpty()) {
            out.println("Every rule fired at least once.");
        } else {
            out.printf("Never fired (%d):%n", never.size());
            for (RuleCoverage.Count count : never) {
                out.printf("  %s  (%s)%n", count.rule().name(), where(count.rule()));
            }
        }
    }

    private static ObjectNode json(RuleCoverage coverage, long rejected) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("evaluations", coverage.evaluations());
        root.put("rejected", rejected);
        ArrayNode rules = root.putArray("rules");
        for (RuleCoverage.Count count : coverage.counts()) {
            ObjectNode rule = rules.addObject();
            rule.put("rule", count.rule().name());
            rule.put("topic", count.rule().topic());
            rule.put("file", count.rule().source());
            rule.put("line", count.rule().line());
            rule.put("firings", count.firings());
            rule.put("evaluations", count.evaluations());
        }
        ArrayNode never = root.putArray("neverFired");
        coverage.neverFired().forEach(c -> never.add(c.rule().name()));
        return root;
    }

    private static String where(RuleInfo rule) {
        return rule.source() + ":" + rule.line();
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
