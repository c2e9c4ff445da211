package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.authoring.CatalogFormat;
import com.expressrouteadvisor.authoring.RuleCatalog;
import com.expressrouteadvisor.authoring.ScenarioFiles;
import com.expressrouteadvisor.authoring.ScenarioRunner;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.RuleFiles;
import com.expressrouteadvisor.reference.FactCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code advisor rules docs}: the rule catalog, generated from the loaded rules and their scenarios. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Writes the rule catalog: every rule by topic with the facts it rests on (ID and text), what it "
                + "concludes (gap code and severity, model, question) and the scenarios that exercise it, every gap "
                + "code with the rules that raise it, and every fact of the fact catalog with its sources and how many "
                + "rules cite it. Refresh the committed one with: rules docs --out docs/rule-catalog.md")
final class RulesDocsCommand implements Callable<Integer> {

    @ParentCommand
    RulesCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Mixin
    FactCatalogOption factCatalog;

    @Option(names = "--format", paramLabel = "md|html", defaultValue = "md",
            description = "md (Markdown) or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the catalog here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        CatalogFormat catalogFormat;
        try {
            catalogFormat = CatalogFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format " + format + ": use md or html");
        }
        String text;
        FactCatalog facts = factCatalog.load(engine.rulesFolder());
        try (Advisor advisor = engine.advisor()) {
            var scenarios = new ScenarioRunner(advisor)
                    .run(new ScenarioFiles().read(advisor.ruleSet().folder().resolve(RuleFiles.SCENARIOS)));
            text = catalogFormat.render(RuleCatalog.of(advisor.ruleSet(), scenarios, facts));
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        } else {
            OutputFiles.writeAtomically(out, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
            spec.commandLine().getErr().println("rule catalog written to " + out);
        }
        return ExitCodes.OK;
    }
}
