package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.AdviceTexts;
import com.expressrouteadvisor.advice.GapCatalog;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a rules folder into a {@link RuleSet} with the classic DRL build of the public
 * KieFileSystem/KieBuilder API: DRL files, DSL sentences ({@code .dsl}) with the rules written in them
 * ({@code .dslr}), and spreadsheet decision tables ({@code .drl.xlsx}, {@code .drl.xls}, {@code .drl.csv}).
 * Every problem is reported as a {@link RuleProblem} located in the consultant's own file (for a decision
 * table: its row, column and cell), never as a stack trace. Thread-safe; a hot reload simply compiles again.
 */
public final class RuleSetCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetCompiler.class);
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern LINE_COLUMN = Pattern.compile("\\[?\\s*[Ll]ine\\s+(\\d+):(\\d+)");
    private static final Pattern UNABLE_TO_EXPAND = Pattern.compile(
            "^(?:\\[(\\d+)\\]\\s*)?(?:Unable to expand|No mapping entries for expanding):\\s*(.*)$");
    private static final List<Pattern> QUOTED_EXPRESSIONS = List.of(
            Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\["),
            Pattern.compile("\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.\\}\\]"));
    private static final Pattern BAD_IMPORT = Pattern.compile("Error importing : '([^']+)'");
    private static final String IMPORT_FOLLOW_ON = "Only a type can be imported. ";
    private static final String NO_SENTENCE = "no DSL sentence matches \"";
    private static final String RESOURCES = "src/main/resources/";
    /** Drools adds this to the parser's own errors for a file it could not read; alone it says nothing useful. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final String NOTHING_TO_READ = "the file holds no rule Drools can read: is it cut short?";
    private static final String NO_RULE = "the file has no rule: it is empty or holds only a package and imports "
            + "(write a rule, or remove the file)";
    /** A parser message: its code and generated position, then what it says. */
    private static final Pattern PARSER_MESSAGE = Pattern.compile("^(?:\\[ERR \\d+\\]\\s*)?Line \\d+:\\d+\\s+(.*)$");
    private static final Pattern RULE_NAMED = Pattern.compile("in rule \"?([^\"]+?)\"?\\s*$");
    /** Comments, blank lines and the lines that hold no rule of their own: package, imports, a DSLR's expander. */
    private static final Pattern NOT_A_RULE = Pattern.compile(
            "//[^\n]*|/\\*.*?\\*/|^\\s*(?:package|import|expander)\\b[^\n]*|\\s+", Pattern.DOTALL | Pattern.MULTILINE);
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
        if (sources.stream().noneMatch(f -> f.resourceType().orElseThrow() != ResourceType.DSL)) {
            throw new RuleSetInvalidException(List.of(RuleProblem.error(folder.toString(), 0, 0,
                    "no rule files (*.drl, *.dslr, *.drl.xlsx, *.drl.xls, *.drl.csv) in the rules folder")));
        }
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("com.expressrouteadvisor.rules", "rule-set",
                "1." + BUILDS.incrementAndGet() + ".0");
        KieFileSystem kfs = services.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);

        List<RuleProblem> errors = new ArrayList<>();
        List<RuleProblem> warnings = new ArrayList<>();
        List<DslFile> dsls = readDsls(sources, files, errors);
        boolean dslBroken = !errors.isEmpty();
        if (dsls.isEmpty() && !dslBroken) {
            for (RuleFiles.RuleFile source : sources) {
                if (source.resourceType().orElseThrow() == ResourceType.DSLR) {
                    errors.add(noDsl(source, files));
                    dslBroken = true;
                }
            }
        }
        Map<String, CompiledSource> byKiePath = writeSources(kfs, sources, files, dslBroken, errors, warnings);

        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        List<RuleProblem> buildErrors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages()) {
            RuleProblem problem = locate(message, byKiePath, files);
            if (message.getLevel() == Message.Level.ERROR) {
                buildErrors.add(problem);
            } else if (message.getLevel() == Message.Level.WARNING) {
                warnings.add(problem);
            }
        }
        errors.addAll(withoutFollowOnErrors(buildErrors));
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
                    globalErrors.add(RuleProblem.error(info.file(), info.line(), 0,
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
                GapCatalog.load(folder), AdviceTexts.load(folder), warnings, compiledTexts(byKiePath, dsls));
        LOG.info("Compiled {} rules from {} files in {} ms ({})", rules.size(), sources.size(),
                (System.nanoTime() - started) / 1_000_000, files.version());
        return ruleSet;
    }

    /** Every .dsl file, checked line by line; its problems go to {@code errors}. */
    private static List<DslFile> readDsls(List<RuleFiles.RuleFile> sources, RuleFiles files, List<RuleProblem> errors) {
        List<DslFile> dsls = new ArrayList<>();
        for (RuleFiles.RuleFile source : sources) {
            if (source.resourceType().orElseThrow() == ResourceType.DSL) {
                try {
                    dsls.add(DslFile.read(source, files.display(source.relative())));
                } catch (RuleSetInvalidException e) {
                    errors.addAll(e.problems());
                }
            }
        }
        return dsls;
    }

    /**
     * Writes every rule source into the KieFileSystem as Drools will read it — a decision table as the DRL
     * generated from it — and returns them by their path there, to map messages back.
     *
     * @param withoutSentences leave out .dsl and .dslr files (their DSL does not read)
     */
    private static Map<String, CompiledSource> writeSources(KieFileSystem kfs, List<RuleFiles.RuleFile> sources,
                                                            RuleFiles files, boolean withoutSentences,
                                                            List<RuleProblem> errors, List<RuleProblem> warnings) {
        Map<String, CompiledSource> byKiePath = new HashMap<>();
        for (RuleFiles.RuleFile source : sources) {
            ResourceType type = source.resourceType().orElseThrow();
            if (withoutSentences && (type == ResourceType.DSL || type == ResourceType.DSLR)) {
                continue; // sentences cannot be checked against a DSL that does not read; fix the DSL first
            }
            CompiledSource compiled;
            if (type == ResourceType.DTABLE) {
                try {
                    DecisionTableSource table = DecisionTableSource.convert(source, files.display(source.relative()));
                    warnings.addAll(table.warnings());
                    compiled = new CompiledSource(source, kiePath(source, table.drl()) + ".drl", table.drl(), table);
                } catch (RuleSetInvalidException e) {
                    errors.addAll(e.problems());
                    continue;
                }
            } else {
                String text = new String(source.content(), StandardCharsets.UTF_8);
                if (type != ResourceType.DSL && NOT_A_RULE.matcher(text).replaceAll("").isEmpty()) {
                    // Often a file caught half-written (a reload on save): compiling without its rules would
                    // quietly serve a rule set that lacks them.
                    errors.add(RuleProblem.error(files.display(source.relative()), 1, 1, NO_RULE));
                    continue;
                }
                SourceMap map = type == ResourceType.DSLR ? new DslrSource(source.content())
                        : new TextSource(source.content());
                compiled = new CompiledSource(source, kiePath(source, text), text, map);
            }
            byKiePath.put(compiled.kiePath(), compiled);
            kfs.write(RESOURCES + compiled.kiePath(), compiled.text().getBytes(StandardCharsets.UTF_8));
        }
        return byKiePath;
    }

    /** Without a .dsl file every sentence of a .dslr fails; say the one thing that is wrong, at its expander line. */
    private static RuleProblem noDsl(RuleFiles.RuleFile source, RuleFiles files) {
        String[] lines = new String(source.content(), StandardCharsets.UTF_8).split("\r?\n", -1);
        int line = 0;
        for (int i = 0; i < lines.length && line == 0; i++) {
            if (lines[i].strip().startsWith("expander")) {
                line = i + 1;
            }
        }
        return RuleProblem.error(files.display(source.relative()), line, line > 0 ? 1 : 0,
                "no .dsl file in the rules folder: a .dslr file is written in the sentences of a .dsl file "
                        + "(expressroute.dsl) that must be in the same folder");
    }

    /** A rule source as written to the KieFileSystem: its text as Drools reads it and the way back to the file. */
    private record CompiledSource(RuleFiles.RuleFile file, String kiePath, String text, SourceMap map) {
    }

    /**
     * A DSLR line no sentence matches also fails to parse, and a bad import fails every rule that shares its
     * package; those complaints only repeat the first in a form a consultant cannot act on.
     */
    private static List<RuleProblem> withoutFollowOnErrors(List<RuleProblem> problems) {
        Set<String> unexpanded = new HashSet<>();
        problems.stream().filter(p -> p.message().startsWith(NO_SENTENCE))
                .forEach(p -> unexpanded.add(p.file() + ":" + p.line()));
        // Imports belong to the package, so one bad import breaks every rule of it, in every file, and the
        // package's DRL functions, which Drools compiles as classes and imports by themselves.
        Set<String> badImports = new HashSet<>();
        for (RuleProblem problem : problems) {
            Matcher m = BAD_IMPORT.matcher(problem.message());
            if (m.find() && !isFunctionImport(m.group(1))) {
                badImports.add(m.group(1));
            }
        }
        // Drools' "null Package" only repeats that the parser failed; the parser's errors say where and why.
        Set<String> withParserErrors = new HashSet<>();
        problems.stream().filter(p -> !p.message().equals(NOTHING_TO_READ)).forEach(p -> withParserErrors.add(p.file()));
        return problems.stream().distinct()
                .filter(p -> !p.message().equals(NOTHING_TO_READ) || !withParserErrors.contains(p.file()))
                .filter(p -> p.message().startsWith(NO_SENTENCE) || !unexpanded.contains(p.file() + ":" + p.line()))
                .filter(p -> badImports.stream().noneMatch(c -> p.message().contains(IMPORT_FOLLOW_ON + c)))
                .filter(p -> badImports.isEmpty() || !isFunctionImportError(p))
                .sorted(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                        .thenComparingInt(RuleProblem::column))
                .toList();
    }

    /** {@code expressroute.SitePoints.sitePoints}: how Drools imports the DRL function {@code sitePoints}. */
    private static boolean isFunctionImport(String name) {
        String[] parts = name.split("\\.");
        if (parts.length < 2) {
            return false;
        }
        String function = parts[parts.length - 1];
        String holder = parts[parts.length - 2];
        return !function.isEmpty() && holder.equals(Character.toUpperCase(function.charAt(0)) + function.substring(1));
    }

    private static boolean isFunctionImportError(RuleProblem problem) {
        Matcher m = BAD_IMPORT.matcher(problem.message());
        return m.find() && isFunctionImport(m.group(1));
    }

    /** The DRL of every rule source as Drools compiled it, keyed by the file's relative path. */
    private static Map<String, String> compiledTexts(Map<String, CompiledSource> byKiePath, List<DslFile> dsls) {
        DefaultExpander expander = new DefaultExpander();
        dsls.forEach(dsl -> expander.addDSLMapping(dsl.mapping()));
        Map<String, String> texts = new TreeMap<>();
        for (CompiledSource source : byKiePath.values()) {
            ResourceType type = source.file().resourceType().orElseThrow();
            if (type == ResourceType.DSL) {
                continue;
            }
            texts.put(source.file().relative(), type == ResourceType.DSLR ? expander.expand(source.text())
                    : source.text());
        }
        return texts;
    }

    /** Drools wants each file under a folder named like its package, or it warns. */
    private static String kiePath(RuleFiles.RuleFile source, String text) {
        Matcher m = PACKAGE.matcher(text);
        String folder = m.find() ? m.group(1).replace('.', '/') + "/" : "";
        return folder + source.relative().replace('/', '_');
    }

    private static RuleProblem locate(Message message, Map<String, CompiledSource> byKiePath, RuleFiles files) {
        String path = message.getPath();
        CompiledSource source = path == null ? null : byKiePath.get(path.startsWith(RESOURCES)
                ? path.substring(RESOURCES.length()) : path);
        String file = source != null ? files.display(source.file().relative()) : files.folder().toString();
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
        if (line == 0 && source != null) {
            line = lineQuoted(text, source.text());
        }
        Matcher expand = UNABLE_TO_EXPAND.matcher(text);
        if (expand.find() && source != null) {
            // The expander counts the lines as written, unlike the parser that reads its output.
            if (expand.group(1) != null) {
                line = Integer.parseInt(expand.group(1));
            }
            text = NO_SENTENCE + expand.group(2).trim()
                    + "\" (check the spelling against the .dsl file, or start the line with '>' to write DRL)";
            return RuleProblem.error(file, line, new TextSource(source.file().content()).locate(line, 0).column(),
                    text);
        }
        text = inAuthorsWords(text);
        if (source != null) {
            SourceMap.Location location = source.map().locate(line, column, text);
            line = location.line();
            column = location.column();
            text = source.map().cleanMessage(text);
            if (location.where() != null) {
                text = location.where() + ": " + text;
            }
        }
        return message.getLevel() == Message.Level.ERROR ? RuleProblem.error(file, line, column, text)
                : RuleProblem.warning(file, line, column, text);
    }

    /**
     * A parser message as a rule author would say it: no Java exception or stack trace from inside the parser,
     * and an end of file named as what it is, a file cut short.
     */
    static String inAuthorsWords(String message) {
        String text = message;
        int exception = text.indexOf(". Exception: ");
        if (exception >= 0) {
            text = text.substring(0, exception); // the parser's own NullPointerException and stack trace
        }
        if (text.contains("'<eof>'") || text.contains("mismatched input ''")) {
            Matcher parser = PARSER_MESSAGE.matcher(text);
            String rule = null;
            Matcher named = RULE_NAMED.matcher(text);
            if (named.find()) {
                rule = named.group(1);
            }
            if (parser.find() || rule != null) {
                return rule != null
                        ? "the file ends before rule \"" + rule + "\" is complete: a condition, its 'then' or its "
                        + "'end' is missing"
                        : "the file ends in the middle of a rule: a condition, its 'then' or its 'end' is missing";
            }
        }
        if (text.equals(NULL_PACKAGE)) {
            return NOTHING_TO_READ;
        }
        return text;
    }

    /**
     * Some messages (an expression MVEL cannot analyse) carry no line but quote the expression; the first line
     * that holds it is where it is written.
     */
    private static int lineQuoted(String message, String source) {
        for (Pattern quote : QUOTED_EXPRESSIONS) {
            Matcher m = quote.matcher(message);
            if (m.find() && !m.group(1).isBlank()) {
                String[] lines = source.split("\r?\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].contains(m.group(1).trim())) {
                        return i + 1;
                    }
                }
            }
        }
        return 0;
    }

    private static String oneLine(String text) {
        // MVEL ends some messages with a caret under the expression; on one line it points at nothing.
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").replaceAll("\\s*\\^\\s*$", "").trim();
    }

    private static RuleInfo describe(Rule rule, Map<String, CompiledSource> byKiePath, RuleFiles files) {
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
            String sourcePath = impl.getResource() == null ? null : impl.getResource().getSourcePath();
            CompiledSource source = sourcePath == null ? null
                    : byKiePath.get(sourcePath.startsWith(RESOURCES) ? sourcePath.substring(RESOURCES.length())
                    : sourcePath);
            if (source != null) {
                relative = source.file().relative();
                file = files.display(relative);
                String name = Path.of(relative).getFileName().toString();
                topic = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                line = source.map().lineOfRule(rule.getName());
            }
        }
        Map<String, Object> metadata = rule.getMetaData();
        return new RuleInfo(rule.getName(), rule.getPackageName(), file, topic, factIds(metadata.get("factId")),
                metadata, relative, line, stage);
    }

    static List<String> factIds(Object value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.toString().split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
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
