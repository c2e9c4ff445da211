package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.AdviceTexts;
import com.expressrouteadvisor.advice.GapCatalog;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a rules folder into a {@link RuleSet} with the classic DRL build of the public
 * KieFileSystem/KieBuilder API. Every problem is reported as a {@link RuleProblem} located in the
 * consultant's own file, never as a stack trace. Thread-safe; a hot reload simply compiles again.
 */
public final class RuleSetCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetCompiler.class);
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern LINE_COLUMN = Pattern.compile("\\[?\\s*[Ll]ine\\s+(\\d+):(\\d+)");
    private static final String RESOURCES = "src/main/resources/";
    /** Each build gets its own ReleaseId, so rule sets alive at the same time (hot reload) never collide. */
    private static final AtomicLong BUILDS = new AtomicLong();

    private final Set<String> providedGlobals;

    /** @param providedGlobals names of the globals the advisor sets on every session (reference catalogs) */
    public RuleSetCompiler(Set<String> providedGlobals) {
        this.providedGlobals = Set.copyOf(providedGlobals);
    }

    public RuleSet compile(Path folder) {
        long started = System.nanoTime();
        RuleFiles files = RuleFiles.scan(folder);
        List<RuleFiles.RuleFile> sources = files.ruleSources();
        if (sources.isEmpty()) {
            throw new RuleSetInvalidException(List.of(RuleProblem.error(folder.toString(), 0, 0,
                    "no rule files (*.drl) in the rules folder")));
        }
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("com.expressrouteadvisor.rules", "rule-set",
                "1." + BUILDS.incrementAndGet() + ".0");
        KieFileSystem kfs = services.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        Map<String, RuleFiles.RuleFile> byKiePath = new HashMap<>();
        for (RuleFiles.RuleFile source : sources) {
            String kiePath = kiePath(source);
            byKiePath.put(kiePath, source);
            kfs.write(RESOURCES + kiePath, source.content());
        }

        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        List<RuleProblem> errors = new ArrayList<>();
        List<RuleProblem> warnings = new ArrayList<>();
        for (Message message : builder.getResults().getMessages()) {
            RuleProblem problem = locate(message, byKiePath, files);
            if (message.getLevel() == Message.Level.ERROR) {
                errors.add(problem);
            } else if (message.getLevel() == Message.Level.WARNING) {
                warnings.add(problem);
            }
        }
        if (!errors.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw new RuleSetInvalidException(errors);
        }

        KieContainer container = services.newKieContainer(releaseId);
        services.getRepository().removeKieModule(releaseId); // the container keeps what it needs
        KieBase kieBase = container.getKieBase();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Set<String> globals = new TreeSet<>();
        List<RuleProblem> globalErrors = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleInfo info = describe(rule, byKiePath, files);
                RuleInfo clash = rules.put(rule.getName(), info);
                if (clash != null && !clash.packageName().equals(info.packageName())) {
                    // Rule names identify conclusions in results and scenarios, so they must be unique.
                    globalErrors.add(RuleProblem.error(info.file(), lineOf(info, byKiePath, files), 0,
                            "rule name \"" + rule.getName() + "\" is also used in " + clash.file()));
                }
            }
            for (Global global : kiePackage.getGlobalVariables()) {
                globals.add(global.getName());
                if (!providedGlobals.contains(global.getName())) {
                    globalErrors.add(locateGlobal(global.getName(), sources, files));
                }
            }
        }
        if (!globalErrors.isEmpty()) {
            container.dispose();
            throw new RuleSetInvalidException(globalErrors);
        }
        RuleSet ruleSet = new RuleSet(folder, files.version(),
                files.all().stream().map(RuleFiles.RuleFile::relative).toList(), container, kieBase, rules, globals,
                GapCatalog.load(folder), AdviceTexts.load(folder), warnings);
        LOG.info("Compiled {} rules from {} files in {} ms ({})", rules.size(), sources.size(),
                (System.nanoTime() - started) / 1_000_000, files.version());
        return ruleSet;
    }

    /** Drools wants each file under a folder named like its package, or it warns. */
    private static String kiePath(RuleFiles.RuleFile source) {
        String text = new String(source.content(), StandardCharsets.UTF_8);
        Matcher m = PACKAGE.matcher(text);
        String folder = m.find() ? m.group(1).replace('.', '/') + "/" : "";
        return folder + source.relative().replace('/', '_');
    }

    private static RuleProblem locate(Message message, Map<String, RuleFiles.RuleFile> byKiePath, RuleFiles files) {
        String path = message.getPath();
        RuleFiles.RuleFile source = path == null ? null : byKiePath.get(path.startsWith(RESOURCES)
                ? path.substring(RESOURCES.length()) : path);
        String file = source != null ? files.display(source.relative()) : files.folder().toString();
        String text = oneLine(message.getText());
        int line = Math.max(message.getLine(), 0);
        int column = Math.max(message.getColumn(), 0);
        Matcher m = LINE_COLUMN.matcher(text);
        if (m.find()) {
            // Parser messages carry "line L:C" with a 0-based column; prefer it when the Message has none.
            if (line == 0) {
                line = Integer.parseInt(m.group(1));
            }
            if (column == 0) {
                column = Integer.parseInt(m.group(2)) + 1;
            }
        }
        return message.getLevel() == Message.Level.ERROR ? RuleProblem.error(file, line, column, text)
                : RuleProblem.warning(file, line, column, text);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    private static RuleInfo describe(Rule rule, Map<String, RuleFiles.RuleFile> byKiePath, RuleFiles files) {
        String file = "";
        String topic = "";
        if (rule instanceof RuleImpl impl && impl.getResource() != null) {
            String source = impl.getResource().getSourcePath();
            RuleFiles.RuleFile ruleFile = source == null ? null
                    : byKiePath.get(source.startsWith(RESOURCES) ? source.substring(RESOURCES.length()) : source);
            if (ruleFile != null) {
                file = files.display(ruleFile.relative());
                String name = Path.of(ruleFile.relative()).getFileName().toString();
                topic = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            }
        }
        Map<String, Object> metadata = rule.getMetaData();
        return new RuleInfo(rule.getName(), rule.getPackageName(), file, topic, factIds(metadata.get("factId")),
                metadata);
    }

    static List<String> factIds(Object value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.toString().split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    /** The line of a rule's declaration in its own file, for problems the compiler does not locate. */
    private static int lineOf(RuleInfo info, Map<String, RuleFiles.RuleFile> byKiePath, RuleFiles files) {
        for (RuleFiles.RuleFile file : byKiePath.values()) {
            if (!files.display(file.relative()).equals(info.file())) {
                continue;
            }
            String[] lines = new String(file.content(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("rule \"" + info.name() + "\"")) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private RuleProblem locateGlobal(String name, List<RuleFiles.RuleFile> sources, RuleFiles files) {
        Pattern declaration = Pattern.compile("^\\s*global\\s+[\\w.<>]+\\s+" + Pattern.quote(name) + "\\b");
        String message = "global '" + name + "' is not provided by the advisor; available: "
                + String.join(", ", new TreeSet<>(providedGlobals));
        for (RuleFiles.RuleFile source : sources) {
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
