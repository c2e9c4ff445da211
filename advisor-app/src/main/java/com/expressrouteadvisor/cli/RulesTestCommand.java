package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.authoring.JUnitXmlReport;
import com.expressrouteadvisor.authoring.Scenario;
import com.expressrouteadvisor.authoring.ScenarioFiles;
import com.expressrouteadvisor.authoring.ScenarioResult;
import com.expressrouteadvisor.authoring.ScenarioRun;
import com.expressrouteadvisor.authoring.ScenarioRunner;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.RuleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code advisor rules test}: runs the rule scenarios and says which fail and why (CONTRACT §7). */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs every YAML scenario (given a profile, expect these models, gaps and questions) "
                + "and prints one line per failing scenario: file, name and what differed; the last line is "
                + "'N passed, N failed'.",
                "Exit 0 when all pass, 4 when some fail, 3 when the rule set does not compile."})
final class RulesTestCommand implements Callable<Integer> {

    @ParentCommand
    RulesCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Scenario folder, or one scenario file (default: the scenarios folder of the rules).")
    Path scenarios;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML for a CI server.")
    Path junit;

    @Override
    public Integer call() throws IOException {
        if (scenarios != null && !Files.exists(scenarios)) {
            throw new UsageException(scenarios + ": no such folder or file");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Advisor advisor = engine.advisor()) {
            Path folder = scenarios != null ? scenarios : advisor.ruleSet().folder().resolve(RuleFiles.SCENARIOS);
            List<Scenario> read = new ScenarioFiles().read(folder);
            if (read.isEmpty()) {
                err.println("advisor: no scenarios (*.yaml) in " + folder);
                err.flush();
            }
            ScenarioRun run = new ScenarioRunner(advisor).run(read);
            for (ScenarioResult failure : run.failures()) {
                out.println(failure.describe());
            }
            out.println(run.summary());
            out.flush();
            if (junit != null) {
                OutputFiles.writeAtomically(junit, "the JUnit report",
                        stream -> new JUnitXmlReport().write(run, stream));
            }
            return run.failed() == 0 ? ExitCodes.OK : ExitCodes.SCENARIOS_FAILED;
        }
    }
}
