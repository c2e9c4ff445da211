package com.expressrouteadvisor.engine;

import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.io.ResourceType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule sources of a folder as Drools reads them: each written into a KieFileSystem — a decision table as the
 * DRL generated from it, a {@code .dslr} as written, to be expanded by its {@code .dsl} — with the way back from
 * a path there to the consultant's file. Problems found before Drools compiles anything are collected here.
 */
final class KieSources {

    static final String RESOURCES = "src/main/resources/";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    /** Comments, blank lines and the lines that hold no rule of their own: package, imports, a DSLR's expander. */
    private static final Pattern NOT_A_RULE = Pattern.compile(
            "//[^\n]*|/\\*.*?\\*/|^\\s*(?:package|import|expander)\\b[^\n]*|\\s+", Pattern.DOTALL | Pattern.MULTILINE);
    private static final String NO_RULE = "the file has no rule: it is empty or holds only a package and imports "
            + "(write a rule, or remove the file)";

    /** A rule source as written to the KieFileSystem: its text as Drools reads it and the way back to the file. */
    record CompiledSource(RuleFiles.RuleFile file, String kiePath, String text, SourceMap map) {
    }

    private final RuleFiles files;
    private final List<DslFile> dsls = new ArrayList<>();
    private final Map<String, CompiledSource> byKiePath = new HashMap<>();
    private final List<RuleProblem> errors = new ArrayList<>();
    private final List<RuleProblem> warnings = new ArrayList<>();

    private KieSources(RuleFiles files) {
        this.files = files;
    }

    /** Reads every rule source of {@code files} into {@code kfs}. */
    static KieSources write(RuleFiles files, KieFileSystem kfs) {
        KieSources sources = new KieSources(files);
        List<RuleFiles.RuleFile> ruleSources = files.ruleSources();
        sources.readDsls(ruleSources);
        boolean dslBroken = !sources.errors.isEmpty();
        if (sources.dsls.isEmpty() && !dslBroken) {
            for (RuleFiles.RuleFile source : ruleSources) {
                if (source.resourceType().orElseThrow() == ResourceType.DSLR) {
                    sources.errors.add(sources.noDsl(source));
                    dslBroken = true;
                }
            }
        }
        sources.writeSources(kfs, ruleSources, dslBroken);
        return sources;
    }

    /** Problems found before Drools compiled: a DSL that does not read, an empty file, a broken spreadsheet. */
    List<RuleProblem> errors() {
        return errors;
    }

    List<RuleProblem> warnings() {
        return warnings;
    }

    RuleFiles files() {
        return files;
    }

    /** The source behind a path Drools reports (with or without its resources prefix), or null. */
    CompiledSource byPath(String path) {
        return path == null ? null : byKiePath.get(path.startsWith(RESOURCES) ? path.substring(RESOURCES.length())
                : path);
    }

    /** How the consultant's file is named in messages. */
    String display(CompiledSource source) {
        return files.display(source.file().relative());
    }

    /** Every .dsl file, checked line by line. */
    private void readDsls(List<RuleFiles.RuleFile> sources) {
        for (RuleFiles.RuleFile source : sources) {
            if (source.resourceType().orElseThrow() == ResourceType.DSL) {
                try {
                    dsls.add(DslFile.read(source, files.display(source.relative())));
                } catch (RuleSetInvalidException e) {
                    errors.addAll(e.problems());
                }
            }
        }
    }

    /** @param withoutSentences leave out .dsl and .dslr files (their DSL does not read) */
    private void writeSources(KieFileSystem kfs, List<RuleFiles.RuleFile> sources, boolean withoutSentences) {
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
    }

    /** Without a .dsl file every sentence of a .dslr fails; say the one thing that is wrong, at its expander line. */
    private RuleProblem noDsl(RuleFiles.RuleFile source) {
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

    /** The DRL of every rule source as Drools compiled it, keyed by the file's relative path. */
    Map<String, String> compiledTexts() {
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
}
