package com.expressrouteadvisor.engine;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A DRL or DSLR file, compiled as written: its lines are the consultant's lines. */
final class TextSource implements SourceMap {

    private static final Pattern BAD_IMPORT = Pattern.compile("Error importing : '([^']+)'");
    /** The name an author's message is about: {@code unknown method 'wanProvidr()' of Customer}. */
    private static final Pattern NAMED = Pattern.compile("^(?:unknown|unexpected) [^']*'([^'(]+)");

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
        Matcher named = NAMED.matcher(message);
        if (named.find() && line >= 1) {
            // The Java compiler reports a mistake in a rule's action at the rule; the name is where it is.
            for (int i = line - 1; i < lines.length && !lines[i].strip().equals("end"); i++) {
                int at = lines[i].indexOf(named.group(1));
                if (at >= 0 && (i > line - 1 || column == 0)) {
                    return new Location(i + 1, at + 1, null);
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
