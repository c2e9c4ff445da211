package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.batch.InputRecord;
import com.expressrouteadvisor.batch.PortfolioRun;
import com.expressrouteadvisor.batch.ProfileReader;
import com.expressrouteadvisor.batch.ProfileReaders;
import com.expressrouteadvisor.batch.RecordOutcome;
import com.expressrouteadvisor.batch.Reject;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.ExplanationPrinter;
import com.expressrouteadvisor.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code advisor explain}: one customer's advice and the chain of rules that fired, for a person. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Shows one customer's recommendations, gaps and open questions, and every rule that fired "
                + "with the fact IDs it rests on.")
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    AdvisorCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Mixin
    LanguageOption language;

    @Parameters(index = "0", paramLabel = "INPUT", description = "One profile (.json), or the first of a file of profiles.")
    String input;

    @Option(names = "--id", paramLabel = "ID", description = "Explain this customer of a portfolio instead of the first.")
    String id;

    @Override
    public Integer call() throws IOException {
        InputFiles.check(input);
        try (Advisor advisor = engine.runAdvisor();
             ProfileReader reader = new ProfileReaders(Json.mapper(), parent.stdin).open(input)) {
            Locale locale = language.locale(advisor.ruleSet());
            // The explanation ends with the customer's plan (the default search bounds).
            PortfolioRun run = new PortfolioRun((profile, options) -> advisor.evaluateWithPlan(profile, options,
                    com.expressrouteadvisor.planner.PlanLimits.DEFAULT), ProfileParser.standard(),
                    new EvaluationOptions(locale, true), 1);
            for (InputRecord record = reader.next(); record != null; record = reader.next()) {
                if (id != null && (record.node() == null || !id.equals(record.node().path("id").asText(null)))) {
                    continue;
                }
                RecordOutcome outcome = run.evaluate(record);
                if (outcome instanceof Reject reject) {
                    spec.commandLine().getErr().println("rejected: " + reject.describe());
                    return ExitCodes.RECORDS_REJECTED;
                }
                if (outcome instanceof RecordOutcome.Evaluated evaluated) {
                    PrintWriter out = new PrintWriter(new OutputStreamWriter(parent.stdout, StandardCharsets.UTF_8));
                    new ExplanationPrinter(locale).print(evaluated.evaluation(), out);
                }
                return ExitCodes.OK;
            }
        }
        throw new UsageException(id != null ? input + ": no customer with id '" + id + "'" : input + ": no profile in it");
    }
}
