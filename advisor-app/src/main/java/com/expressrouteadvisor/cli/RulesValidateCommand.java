package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.authoring.FactCitations;
import com.expressrouteadvisor.authoring.MessageBundleLint;
import com.expressrouteadvisor.authoring.RuleLint;
import com.expressrouteadvisor.authoring.ScenarioFiles;
import com.expressrouteadvisor.authoring.ScenarioRun;
import com.expressrouteadvisor.authoring.ScenarioRunner;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationLimits;
import com.expressrouteadvisor.engine.RuleFiles;
import com.expressrouteadvisor.engine.RuleProblem;
import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.reference.Fact;
import com.expressrouteadvisor.reference.FactCatalog;
import com.expressrouteadvisor.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code advisor rules validate}: compiles the rule set and reports every problem as FILE:LINE:COLUMN, then
 * checks the message bundles against each other and the rules (invalid patterns and keys the rules use without a
 * text are errors), then warns about what compiles but should not ship: rules without fact IDs or citing facts the
 * fact catalog does not hold, gap codes without catalog entry or texts, texts missing from a language, rules no
 * scenario exercises. {@code --strict} makes the warnings fail too. Facts no rule cites are counted, not warned
 * about, and listed with {@code --verbose}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Compiles the rule set and reports every problem as FILE:LINE:COLUMN: message; exit 3 when invalid.",
                "Also exit 3 for a message text that is no valid pattern, and a question, phrase or reason key a rule "
                        + "uses that has no text in messages/advice.properties.",
                "Then warns (exit 0, exit 3 with --strict) about rules without @factId or citing a fact ID the fact "
                        + "catalog does not hold, gap codes missing from gap-codes.csv or without a message and "
                        + "remediation in every language, texts missing from a language, and rules that fire in no "
                        + "scenario.",
                "Finally counts the facts of the catalog that no rule cites; --verbose lists them."})
final class RulesValidateCommand implements Callable<Integer> {

    @ParentCommand
    RulesCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Mixin
    FactCatalogOption factCatalog;

    @Option(names = {"-v", "--verbose"}, description = "List the facts of the catalog that no rule cites.")
    boolean verbose;

    @Option(names = "--strict", description = "Fail (exit 3) on warnings too, e.g. in CI before rules ship.")
    boolean strict;

    @Override
    public Integer call() {
        EvaluationLimits limits = engine.limits();
        ReferenceData data = engine.loadReference();
        FactCatalog facts = factCatalog.load(engine.rulesFolder());
        try (RuleSet ruleSet = engine.compile(data);
             Advisor advisor = new Advisor(ruleSet, data, limits)) {
            Path scenarioFolder = ruleSet.folder().resolve(RuleFiles.SCENARIOS);
            ScenarioRun scenarios = new ScenarioRunner(advisor).run(new ScenarioFiles().read(scenarioFolder));
            List<RuleProblem> warnings = new ArrayList<>(ruleSet.warnings());
            List<RuleProblem> errors = new ArrayList<>();
            for (RuleProblem problem : new MessageBundleLint(ruleSet).check()) {
                (problem.level() == RuleProblem.Level.ERROR ? errors : warnings).add(problem);
            }
            warnings.addAll(new RuleLint(ruleSet, facts).check(scenarios, scenarioFolder.toString()));
            if (scenarios.failed() > 0) {
                warnings.add(RuleProblem.warning(scenarioFolder.toString(), 0, 0, scenarios.failed() + " of "
                        + scenarios.results().size() + " scenarios fail: run '" + testCommand() + "' to see why"));
            }
            PrintWriter err = spec.commandLine().getErr();
            errors.forEach(err::println);
            warnings.forEach(err::println);
            if (!warnings.isEmpty()) {
                err.printf("%d warning%s%n", warnings.size(), warnings.size() == 1 ? "" : "s");
            }
            if (!errors.isEmpty()) {
                err.printf("rule set invalid: %d problem(s)%n", errors.size());
            } else if (strict && !warnings.isEmpty()) {
                err.printf("rule set invalid with --strict: %d warning%s%n", warnings.size(),
                        warnings.size() == 1 ? "" : "s");
            }
            err.flush();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: %d rules in %d files, version %s%n", ruleSet.folder(), ruleSet.ruleCount(),
                    ruleSet.files().size(), ruleSet.version());
            printUncitedFacts(FactCitations.of(ruleSet, facts), out);
            out.flush();
            return errors.isEmpty() && !(strict && !warnings.isEmpty()) ? ExitCodes.OK : ExitCodes.RULES_INVALID;
        }
    }

    /** {@code advisor rules test} with the options given here that it takes too, e.g. {@code --rules my-rules}. */
    private String testCommand() {
        CommandSpec test = spec.parent().subcommands().get("test").getCommandSpec();
        StringBuilder command = new StringBuilder("advisor rules test");
        for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
            if (test.findOption(option.longestName()) == null || option.usageHelp() || option.versionHelp()) {
                continue;
            }
            command.append(' ').append(option.longestName());
            if (option.arity().max() > 0) {
                String value = java.util.Objects.toString(option.<Object>getValue());
                command.append(' ').append(value.matches("[\\w./:@+=-]+") ? value : "'" + value + "'");
            }
        }
        return command.toString();
    }

    /** Information, not a warning: the catalog holds the whole fact sheet and rules are written to cite more of it. */
    private void printUncitedFacts(FactCitations citations, PrintWriter out) {
        FactCatalog facts = citations.catalog();
        List<Fact> uncited = citations.uncited();
        out.printf("%s: %d facts, %d cited by the rules; %d facts in the catalog are cited by no rule%s%n",
                facts.file(), facts.size(), citations.citedCount(), uncited.size(),
                uncited.isEmpty() || verbose ? "" : " (--verbose lists them)");
        if (verbose) {
            uncited.forEach(fact -> out.println("  " + fact.id() + ": " + fact.text()));
        }
    }
}
