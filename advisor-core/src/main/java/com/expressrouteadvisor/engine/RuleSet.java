package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.AdviceTexts;
import com.expressrouteadvisor.advice.GapCatalog;
import com.expressrouteadvisor.advice.RuleSetInfo;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled, immutable rule set: one KieBase shared by all threads, with the gap catalog and texts that
 * came from the same folder, and the content hash that names it. Build with {@link RuleSetCompiler}.
 */
public final class RuleSet implements AutoCloseable {

    private final Path folder;
    private final String version;
    private final List<String> files;
    private final KieContainer container;
    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final Set<String> globals;
    private final GapCatalog gapCatalog;
    private final AdviceTexts texts;
    private final List<RuleProblem> warnings;
    /** Computed when first asked for: only the authoring tools read it, and a cached rule set has it not at hand. */
    private final java.util.function.Supplier<Map<String, String>> compiledTexts;
    private final Instant loadedAt = Instant.now();

    RuleSet(Path folder, String version, List<String> files, KieContainer container, KieBase kieBase,
            Map<String, RuleInfo> rules, Set<String> globals, GapCatalog gapCatalog, AdviceTexts texts,
            List<RuleProblem> warnings, java.util.function.Supplier<Map<String, String>> compiledTexts) {
        this.folder = folder;
        this.version = version;
        this.files = List.copyOf(files);
        this.container = container;
        this.kieBase = kieBase;
        this.rules = Map.copyOf(rules);
        this.globals = Set.copyOf(globals);
        this.gapCatalog = gapCatalog;
        this.texts = texts;
        this.warnings = List.copyOf(warnings);
        this.compiledTexts = memoised(compiledTexts);
    }

    public Path folder() {
        return folder;
    }

    /** Content hash of the rule files, e.g. {@code sha256:3f…}. */
    public String version() {
        return version;
    }

    /** Relative paths of every file that makes up the rule set. */
    public List<String> files() {
        return files;
    }

    public int ruleCount() {
        return rules.size();
    }

    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public RuleInfo rule(String name) {
        return rules.get(name);
    }

    public Set<String> globals() {
        return globals;
    }

    public GapCatalog gapCatalog() {
        return gapCatalog;
    }

    public AdviceTexts texts() {
        return texts;
    }

    /** Compiler warnings; the rule set works, but a consultant should look. */
    public List<RuleProblem> warnings() {
        return warnings;
    }

    /**
     * The DRL Drools compiled for one rule file, by its path relative to the rules folder: a DRL file as
     * written, a DSLR file with its sentences expanded, a decision table as the DRL generated from its rows.
     * Empty for files that hold no rules.
     */
    public java.util.Optional<String> compiledText(String relativeFile) {
        return java.util.Optional.ofNullable(compiledTexts.get().get(relativeFile));
    }

    private static java.util.function.Supplier<Map<String, String>> memoised(
            java.util.function.Supplier<Map<String, String>> texts) {
        return new java.util.function.Supplier<>() {
            private volatile Map<String, String> value;

            @Override
            public Map<String, String> get() {
                Map<String, String> known = value;
                if (known == null) {
                    known = Map.copyOf(texts.get());
                    value = known;
                }
                return known;
            }
        };
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public RuleSetInfo info() {
        return new RuleSetInfo(version, rules.size());
    }

    KieBase kieBase() {
        return kieBase;
    }

    /**
     * A KieBase of its own for evaluations without a plan: the remedy rules taken out. They never fire without a
     * plan, but in the full KieBase their conditions are still tested on every fact an evaluation inserts. Built
     * from the container's compiled packages, so nothing is compiled again; the rest of the network, and so the
     * order in which the other rules fire, is the full KieBase's.
     */
    KieBase kieBaseForPlainEvaluations() {
        KieBase lean = container.newKieBase(KieServices.get().newKieBaseConfiguration());
        for (RuleInfo rule : rules.values()) {
            if (Stages.REMEDY.equals(rule.stage())) {
                lean.removeRule(rule.packageName(), rule.name());
            }
        }
        settle(lean);
        return lean;
    }

    /**
     * Makes Drools finish a rule removal here, on the calling thread. A removal from a rule base compiled by the
     * classic compiler leaves its packages to be rewired (a new class loader, new consequence invokers) by the
     * first fact any session inserts; when several sessions start at once, the others fire the old invokers while
     * that runs, two invokers of one rule then define the same class, and that rule fails for good in the whole
     * process ({@code LinkageError: duplicate class definition}). Inserting one fact into a throwaway session runs
     * the rewiring now, before any session serves.
     */
    private static void settle(KieBase kieBase) {
        KieSession session = kieBase.newKieSession();
        try {
            session.delete(session.insert(new Object()));
        } finally {
            session.dispose();
        }
    }

    @Override
    public void close() {
        container.dispose();
    }
}
