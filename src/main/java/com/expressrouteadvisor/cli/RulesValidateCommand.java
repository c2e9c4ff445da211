package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.engine.RuleProblem;
import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code advisor rules validate}: compiles the rule set and reports every problem as FILE:LINE:COLUMN. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compiles the rule set and reports every problem as FILE:LINE:COLUMN: message; exit 3 when invalid.")
final class RulesValidateCommand implements Callable<Integer> {

    @ParentCommand
    RulesCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        ReferenceData data = engine.loadReference();
        try (RuleSet ruleSet = engine.compile(data)) {
            PrintWriter err = spec.commandLine().getErr();
            for (RuleProblem warning : ruleSet.warnings()) {
                err.println(warning);
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
