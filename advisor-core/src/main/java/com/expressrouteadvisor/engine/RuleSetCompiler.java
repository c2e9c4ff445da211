package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.AdviceTexts;
import com.expressrouteadvisor.advice.GapCatalog;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one way in for "compile this rules folder into a rule set, or say what is wrong with it": DRL files, DSL
 * sentences ({@code .dsl}) with the rules written in them ({@code .dslr}), and spreadsheet decision tables
 * ({@code .drl.xlsx}, {@code .drl.xls}, {@code .drl.csv}), built with the classic DRL build of the public
 * KieFileSystem/KieBuilder API. Every problem is a {@link RuleProblem} in the consultant's own file (for a
 * decision table: its cell), never a stack trace. Thread-safe; a hot reload simply compiles again.
 * <p>
 * The steps live apart: {@link RuleFiles} scans the folder, {@link KieSources} writes it for Drools,
 * {@link DroolsMessages} and {@link FollowOnErrors} turn Drools' messages into the author's, and
 * {@link CompiledRules} reads what was compiled.
 */
public final class RuleSetCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetCompiler.class);
    /** Each build gets its own ReleaseId, so rule sets alive at the same time (hot reload) never collide. */
    private static final AtomicLong BUILDS = new AtomicLong();

    /**
     * Drools' builder option that compiles the rules of a package on its own pool of worker threads, one per core,
     * once a package has more rules than this; -1 never does.
     */
    static final String PARALLEL_RULES_BUILD_THRESHOLD = "drools.parallelRulesBuildThreshold";

    private final Set<String> providedGlobals;
    private final CompiledRuleCache cache;
    private final boolean callingThreadOnly;

    /** @param providedGlobals names of the globals the advisor sets on every session (reference catalogs) */
    public RuleSetCompiler(Set<String> providedGlobals) {
        this(providedGlobals, CompiledRuleCache.none());
    }

    /**
     * A compiler that loads a rule set unchanged since it was last compiled from {@code cache}, and hands every
     * rule set it compiles to the cache for the next time.
     */
    public RuleSetCompiler(Set<String> providedGlobals, CompiledRuleCache cache) {
        this(providedGlobals, cache, false);
    }

    private RuleSetCompiler(Set<String> providedGlobals, CompiledRuleCache cache, boolean callingThreadOnly) {
        this.providedGlobals = Set.copyOf(providedGlobals);
        this.cache = java.util.Objects.requireNonNull(cache, "cache");
        this.callingThreadOnly = callingThreadOnly;
    }

    /**
     * Starts Drools' service registry (the services every build and every cached load go through), so that a process
     * about to load rules can do it on another thread while it reads its command line: it takes ≈ 60 ms of a start.
     * Safe to call from any thread, any number of times.
     */
    public static void startEngine() {
        KieServices.get();
    }

    /**
     * This compiler, compiling on the calling thread only: Drools otherwise compiles a large package's rules on
     * worker threads of its own, at normal priority, which a service that compiles on a low-priority thread
     * (hot reload) does not want taking cores from its requests. Slower on an idle machine, the same result.
     */
    public RuleSetCompiler onCallingThreadOnly() {
        return new RuleSetCompiler(providedGlobals, cache, true);
    }

    /**
     * @throws RuleSetInvalidException with every problem found, when the folder does not compile into a rule set
     *                                 the advisor can run
     */
    public RuleSet compile(Path folder) {
        long started = System.nanoTime();
        RuleFiles files = RuleFiles.scan(folder);
        if (files.ruleSources().stream().noneMatch(f -> f.resourceType().orElseThrow() != ResourceType.DSL)) {
            throw new RuleSetInvalidException(List.of(RuleProblem.error(folder.toString(), 0, 0,
                    "no rule files (*.drl, *.dslr, *.drl.xlsx, *.drl.xls, *.drl.csv) in the rules folder")));
        }
        RuleSet cached = cache.find(files).map(entry -> fromCache(folder, files, entry)).orElse(null);
        if (cached != null) {
            LOG.info("Loaded {} rules from the compiled-rules cache in {} ms ({})", cached.ruleCount(),
                    (System.nanoTime() - started) / 1_000_000, files.version());
            return cached;
        }
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("com.expressrouteadvisor.rules", "rule-set",
                "1." + BUILDS.incrementAndGet() + ".0");
        KieFileSystem kfs = services.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        if (callingThreadOnly) {
            // A kmodule without knowledge bases still gets Drools' default one; only the builder option is added.
            kfs.writeKModuleXML(services.newKieModuleModel()
                    .setConfigurationProperty(PARALLEL_RULES_BUILD_THRESHOLD, "-1").toXML());
        }
        KieSources sources = KieSources.write(files, kfs);

        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        List<RuleProblem> errors = new ArrayList<>(sources.errors());
        List<RuleProblem> warnings = new ArrayList<>(sources.warnings());
        List<RuleProblem> buildErrors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages()) {
            RuleProblem problem = DroolsMessages.toProblem(message, sources);
            if (message.getLevel() == Message.Level.ERROR) {
                buildErrors.add(problem);
            } else if (message.getLevel() == Message.Level.WARNING) {
                warnings.add(problem);
            }
        }
        errors.addAll(FollowOnErrors.without(buildErrors));
        if (!errors.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw new RuleSetInvalidException(errors);
        }

        KieContainer container = services.newKieContainer(releaseId);
        services.getRepository().removeKieModule(releaseId); // the container keeps what it needs
        KieBase kieBase = container.getKieBase();
        CompiledRules compiled = CompiledRules.of(kieBase, sources, providedGlobals);
        if (!compiled.errors.isEmpty()) {
            container.dispose();
            throw new RuleSetInvalidException(compiled.errors);
        }
        RuleSet ruleSet = new RuleSet(folder, files.version(),
                files.all().stream().map(RuleFiles.RuleFile::relative).toList(), container, kieBase, compiled.rules,
                compiled.globals, GapCatalog.load(folder), AdviceTexts.load(folder), warnings,
                sources::compiledTexts);
        if (warnings.isEmpty()) {
            cache.storeLater(files, compiled.rules); // a rule set with warnings is compiled each time, to show them
        }
        LOG.info("Compiled {} rules from {} files in {} ms ({})", compiled.rules.size(), files.ruleSources().size(),
                (System.nanoTime() - started) / 1_000_000, files.version());
        return ruleSet;
    }

    /** The cached rule set, or null when the entry does not fit the advisor (then it is compiled as usual). */
    private RuleSet fromCache(Path folder, RuleFiles files, CompiledRuleCache.Entry entry) {
        KieContainer container = entry.container();
        KieBase kieBase = entry.kieBase();
        CompiledRules compiled = CompiledRules.cached(kieBase, entry.locations(), files, providedGlobals);
        if (!compiled.errors.isEmpty() || !compiled.rules.keySet().equals(entry.locations().keySet())) {
            container.dispose();
            return null;
        }
        return new RuleSet(folder, files.version(), files.all().stream().map(RuleFiles.RuleFile::relative).toList(),
                container, kieBase, compiled.rules, compiled.globals, GapCatalog.load(folder), AdviceTexts.load(folder),
                List.of(), () -> KieSources.write(files, KieServices.get().newKieFileSystem()).compiledTexts());
    }
}
