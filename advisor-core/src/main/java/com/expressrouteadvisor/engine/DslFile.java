package com.expressrouteadvisor.engine;

import org.drools.drl.parser.lang.dsl.DSLMapping;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.kie.internal.builder.KnowledgeBuilderResult;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code .dsl} file: the sentences consultants write in {@code .dslr} rules and the DRL each stands for.
 * Checked here, line by line, because Drools reports a broken DSL without naming the file.
 */
final class DslFile {

    private static final Pattern ENTRY = Pattern.compile("^\\s*\\[([^\\]]*)\\]");
    private static final Pattern SCOPES = Pattern.compile("(?i)when|then|keyword|condition|consequence|\\*");

    private final DSLMapping mapping;

    private DslFile(DSLMapping mapping) {
        this.mapping = mapping;
    }

    DSLMapping mapping() {
        return mapping;
    }

    /**
     * Reads one DSL file.
     *
     * @throws RuleSetInvalidException listing every broken line as {@code FILE:LINE:COLUMN}
     */
    static DslFile read(RuleFiles.RuleFile file, String displayName) {
        String text = new String(file.content(), StandardCharsets.UTF_8);
        List<RuleProblem> problems = checkLines(text, displayName);
        if (problems.isEmpty()) {
            DSLTokenizedMappingFile parsed = new DSLTokenizedMappingFile();
            try {
                if (!parsed.parseAndLoad(new StringReader(text))) {
                    for (KnowledgeBuilderResult error : parsed.getErrors()) {
                        int[] lines = error.getLines();
                        problems.add(RuleProblem.error(displayName, lines.length > 0 ? Math.max(lines[0], 0) : 0, 1,
                                error.getMessage()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (problems.isEmpty()) {
                return new DslFile(parsed.getMapping());
            }
        }
        throw new RuleSetInvalidException(problems);
    }

    /** The mistakes a consultant makes most, said plainly; Drools itself only says "DSL parser error". */
    private static List<RuleProblem> checkLines(String text, String displayName) {
        List<RuleProblem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("//")) {
                continue;
            }
            int column = line.indexOf(trimmed) + 1;
            Matcher entry = ENTRY.matcher(line);
            if (!entry.find()) {
                if (trimmed.startsWith("[")) {
                    problems.add(RuleProblem.error(displayName, i + 1, column,
                            "the scope has no closing ']': write [when], [then] or [keyword]"));
                }
                continue; // a line without [scope] continues the entry above it
            }
            if (!SCOPES.matcher(entry.group(1).strip()).matches()) {
                problems.add(RuleProblem.error(displayName, i + 1, column, "unknown scope [" + entry.group(1)
                        + "]: use [when] for conditions, [then] for consequences or [keyword]"));
            } else if (!hasUnescapedEquals(line.substring(entry.end()))) {
                problems.add(RuleProblem.error(displayName, i + 1, column,
                        "no '=' between the sentence and the DRL it stands for: write [" + entry.group(1)
                                + "]sentence=DRL"));
            }
        }
        return problems;
    }

    private static boolean hasUnescapedEquals(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (rest.charAt(i) == '\\') {
                i++;
            } else if (rest.charAt(i) == '=') {
                return true;
            }
        }
        return false;
    }
}
