package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.authoring.CatalogFormat;
import com.expressrouteadvisor.authoring.MarkdownVocabulary;
import com.expressrouteadvisor.authoring.RuleVocabulary;
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
            description = "md (Markdown) or html (default: ${DEFAULT-VALUE}); any case.")
    CatalogFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the catalog here instead of standard output.")
    Path out;

    @Option(names = "--vocabulary", description = "Write the rule vocabulary instead (Markdown): every Customer field "
            + "with its profile path, every global with its methods, every conclusion type. Refresh the committed one "
            + "with: rules docs --vocabulary --out docs/rule-vocabulary.md")
    boolean vocabulary;

    @Override
    public Integer call() throws IOException {
        CatalogFormat catalogFormat = format;
        String text = vocabulary ? vocabulary(catalogFormat) : ruleCatalog(catalogFormat);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        } else {
            String what = vocabulary ? "the rule vocabulary" : "the rule catalog";
            OutputFiles.writeAtomically(out, what, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
            spec.commandLine().getErr().println(what.substring(4) + " written to " + out);
        }
        return ExitCodes.OK;
    }

    private String ruleCatalog(CatalogFormat catalogFormat) {
        FactCatalog facts = factCatalog.load(engine.rulesFolder());
        try (Advisor advisor = engine.advisor()) {
            var scenarios = new ScenarioRunner(advisor)
                    .run(new ScenarioFiles().read(advisor.ruleSet().folder().resolve(RuleFiles.SCENARIOS)));
            return catalogFormat.render(RuleCatalog.of(advisor.ruleSet(), scenarios, facts));
        }
    }

    /** Needs no rules: the vocabulary is the code's, with the globals of the reference data. */
    private String vocabulary(CatalogFormat catalogFormat) {
        if (catalogFormat != CatalogFormat.MD) {
            throw new UsageException("--vocabulary is written as Markdown only: leave out --format " + format.name().toLowerCase(java.util.Locale.ROOT));
        }
        return new MarkdownVocabulary().render(RuleVocabulary.of(engine.loadReference().globals()));
    }
}
