package com.expressrouteadvisor.engine;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules and globals of a compiled KieBase, described for the advisor ({@link RuleInfo}), and what compiles
 * but cannot work: two rules of one name, a global the advisor does not set, a stage the engine never runs.
 * The one class that reads Drools' internal rule type ({@code RuleImpl}) for its stage and source file.
 */
final class CompiledRules {

    final Map<String, RuleInfo> rules = new LinkedHashMap<>();
    final Set<String> globals = new TreeSet<>();
    final List<RuleProblem> errors = new ArrayList<>();

    private CompiledRules() {
    }

    /** The rules as the classic compiler built them, located through the sources it compiled. */
    static CompiledRules of(KieBase kieBase, KieSources sources, Set<String> providedGlobals) {
        return of(kieBase, rule -> locate(rule, sources), sources.files(), providedGlobals);
    }

    /** The rules of a cached rule set, located where the classic compiler found them when the entry was written. */
    static CompiledRules cached(KieBase kieBase, Map<String, CompiledRuleCache.RuleLocation> locations,
                                RuleFiles files, Set<String> providedGlobals) {
        return of(kieBase, rule -> locations.get(rule.getName()), files, providedGlobals);
    }

    private static CompiledRules of(KieBase kieBase, Function<Rule, CompiledRuleCache.RuleLocation> locate,
                                    RuleFiles files, Set<String> providedGlobals) {
        CompiledRules compiled = new CompiledRules();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleInfo info = describe(rule, locate.apply(rule), files);
                RuleInfo clash = compiled.rules.put(rule.getName(), info);
                if (clash != null && !clash.packageName().equals(info.packageName())) {
                    // Rule names identify conclusions in results and scenarios, so they must be unique.
                    compiled.errors.add(RuleProblem.error(info.file(), info.line(), 0,
                            "rule name \"" + rule.getName() + "\" is also used in " + clash.file()));
                }
                if (!Stages.WITH_REMEDIES.contains(info.stage())) {
                    // Drools compiles any group name, and a group the engine never focuses never fires.
                    List<String> named = Stages.WITH_REMEDIES.subList(1, Stages.WITH_REMEDIES.size());
                    compiled.errors.add(RuleProblem.error(info.file(), info.line(), info.line() > 0 ? 1 : 0,
                            "rule \"" + rule.getName() + "\" is in stage \"" + info.stage() + "\", which the engine "
                                    + "does not run" + DidYouMean.suggest(info.stage(), named)
                                    + "; the stages are: ruleflow-group "
                                    + String.join(", ", named.stream()
                                    .map(s -> "\"" + s + "\"").toList()) + ", or none"));
                }
            }
            for (Global global : kiePackage.getGlobalVariables()) {
                compiled.globals.add(global.getName());
                if (!providedGlobals.contains(global.getName())) {
                    compiled.errors.add(locateGlobal(global.getName(), files, providedGlobals));
                }
            }
        }
        return compiled;
    }

    private static CompiledRuleCache.RuleLocation locate(Rule rule, KieSources sources) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null) {
            KieSources.CompiledSource source = sources.byPath(impl.getResource().getSourcePath());
            if (source != null) {
                return new CompiledRuleCache.RuleLocation(source.file().relative(),
                        source.map().lineOfRule(rule.getName()));
            }
        }
        return null;
    }

    private static RuleInfo describe(Rule rule, CompiledRuleCache.RuleLocation location, RuleFiles files) {
        String file = "";
        String relative = "";
        String topic = "";
        int line = 0;
        String stage = Stages.MAIN;
        if (rule instanceof RuleImpl impl) {
            if (impl.getRuleFlowGroup() != null && !impl.getRuleFlowGroup().isBlank()) {
                stage = impl.getRuleFlowGroup();
            } else if (impl.getAgendaGroup() != null && !impl.getAgendaGroup().isBlank()) {
                stage = impl.getAgendaGroup();
            }
        }
        if (location != null) {
            relative = location.source();
            file = files.display(relative);
            String name = Path.of(relative).getFileName().toString();
            topic = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            line = location.line();
        }
        Map<String, Object> metadata = rule.getMetaData();
        return new RuleInfo(rule.getName(), rule.getPackageName(), file, topic,
                RuleInfo.metadataList(metadata.get("factId")), metadata, relative, line, stage);
    }

    private static RuleProblem locateGlobal(String name, RuleFiles files, Set<String> providedGlobals) {
        Pattern declaration = Pattern.compile("^\\s*global\\s+[\\w.<>]+\\s+" + Pattern.quote(name) + "\\b");
        String message = "global '" + name + "' is not provided by the advisor"
                + DidYouMean.suggest(name, providedGlobals) + "; available: "
                + String.join(", ", new TreeSet<>(providedGlobals));
        for (RuleFiles.RuleFile source : files.ruleSources()) {
            String[] lines = new String(source.content(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = declaration.matcher(lines[i]);
                if (m.find()) {
                    return RuleProblem.error(files.display(source.relative()), i + 1, lines[i].indexOf("global") + 1,
                            message);
                }
            }
        }
        return RuleProblem.error(files.folder().toString(), 0, 0, message);
    }
}
