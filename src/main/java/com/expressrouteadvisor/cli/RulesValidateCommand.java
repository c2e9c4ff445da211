package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.authoring.RuleLint;
import com.expressrouteadvisor.authoring.ScenarioFiles;
import com.expressrouteadvisor.authoring.ScenarioRun;
import com.expressrouteadvisor.authoring.ScenarioRunner;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationLimits;
import com.expressrouteadvisor.engine.RuleFiles;
import com.expressrouteadvisor.engine.RuleProblem;
import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code advisor rules validate}: compiles the rule set and reports every problem as FILE:LINE:COLUMN, then
 * warns about what compiles but should not ship: rules without fact IDs, gap codes without catalog entry or
 * texts, rules no scenario exercises.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Compiles the rule set and reports every problem as FILE:LINE:COLUMN: message; exit 3 when invalid.",
                "Then warns (exit 0) about rules without @factId, gap codes missing from gap-codes.csv or without "
                        + "a message and remediation in every language, and rules that fire in no scenario."})
final class RulesValidateCommand implements Callable<Integer> {

    @ParentCommand
    RulesCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        EvaluationLimits limits = engine.limits();
        ReferenceData data = engine.loadReference();
        try (RuleSet ruleSet = engine.compile(data);
             Advisor advisor = new Advisor(ruleSet, data, limits)) {
            Path scenarioFolder = ruleSet.folder().resolve(RuleFiles.SCENARIOS);
            ScenarioRun scenarios = new ScenarioRunner(advisor).run(new ScenarioFiles().read(scenarioFolder));
            List<RuleProblem> warnings = new ArrayList<>(ruleSet.warnings());
            warnings.addAll(new RuleLint(ruleSet).check(scenarios, scenarioFolder.toString()));
            if (scenarios.failed() > 0) {
                warnings.add(RuleProblem.warning(scenarioFolder.toString(), 0, 0, scenarios.failed() + " of "
                        + scenarios.results().size() + " scenarios fail: run 'advisor rules test' to see why"));
            }
            PrintWriter err = spec.commandLine().getErr();
            warnings.forEach(err::println);
            if (!warnings.isEmpty()) {
                err.printf("%d warning%s%n", warnings.size(), warnings.size() == 1 ? "" : "s");
            }
            err.flush();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: %d rules in %d files, version %s%n", ruleSet.folder(), ruleSet.ruleCount(),
                    ruleSet.files().size(), ruleSet.version());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
