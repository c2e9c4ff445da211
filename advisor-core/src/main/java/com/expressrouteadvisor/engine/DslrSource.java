package com.expressrouteadvisor.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rule file written in DSL sentences ({@code .dslr}). Drools reports problems at lines of the expanded DRL,
 * where every "- detail" line under a condition has been folded into the line above it; this maps those
 * lines back to the ones the consultant wrote.
 */
final class DslrSource implements SourceMap {

    private final TextSource text;
    /** expandedToWritten.get(k - 1) is the written line of expanded line k. */
    private final List<Integer> expandedToWritten = new ArrayList<>();

    DslrSource(byte[] content) {
        this.text = new TextSource(content);
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r?\n", -1);
        boolean conditions = false;
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip().toLowerCase(Locale.ROOT);
            if (trimmed.equals("when") || trimmed.startsWith("when ")) {
                conditions = true;
            } else if (trimmed.equals("then") || trimmed.startsWith("then ") || trimmed.equals("end")) {
                conditions = false;
            }
            if (conditions && trimmed.startsWith("-")) {
                continue; // folded into the condition above it
            }
            expandedToWritten.add(i + 1);
        }
    }

    @Override
    public Location locate(int line, int column) {
        int written = line >= 1 && line <= expandedToWritten.size() ? expandedToWritten.get(line - 1) : line;
        // A column in the expanded DRL says nothing about the sentence; point at the start of the line.
        return text.locate(written, 0);
    }

    @Override
    public String cleanMessage(String message) {
        return GENERATED_POSITION.matcher(message).replaceAll(" ").trim();
    }

    @Override
    public int lineOfRule(String ruleName) {
        return text.lineOfRule(ruleName);
    }
}
