package com.expressrouteadvisor.engine;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A DRL or DSLR file, compiled as written: its lines are the consultant's lines. */
final class TextSource implements SourceMap {

    private static final Pattern BAD_IMPORT = Pattern.compile("Error importing : '([^']+)'");

    private final String[] lines;

    TextSource(byte[] content) {
        this.lines = new String(content, StandardCharsets.UTF_8).split("\r?\n", -1);
    }

    @Override
    public Location locate(int line, int column) {
        if (column == 0 && line >= 1 && line <= lines.length) {
            // Some messages only know the line: point at its first word rather than nowhere.
            String text = lines[line - 1];
            int indent = text.length() - text.stripLeading().length();
            return new Location(line, text.isBlank() ? 0 : indent + 1, null);
        }
        return new Location(line, column, null);
    }

    @Override
    public Location locate(int line, int column, String message) {
        Matcher bad = BAD_IMPORT.matcher(message);
        if (bad.find()) {
            // Drools reports a class it cannot import at the package line; the import line is where to fix it.
            Pattern declaration = Pattern.compile("^\\s*import\\s+" + Pattern.quote(bad.group(1)) + "\\s*;?\\s*$");
            for (int i = 0; i < lines.length; i++) {
                if (declaration.matcher(lines[i]).find()) {
                    return locate(i + 1, 0);
                }
            }
        }
        return locate(line, column);
    }

    @Override
    public int lineOfRule(String ruleName) {
        Pattern declaration = Pattern.compile("^\\s*rule\\s+([\"'])" + Pattern.quote(ruleName) + "\\1");
        for (int i = 0; i < lines.length; i++) {
            if (declaration.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    String line(int line) {
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }
}
