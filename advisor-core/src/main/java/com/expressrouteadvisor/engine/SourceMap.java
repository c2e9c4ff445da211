package com.expressrouteadvisor.engine;

/**
 * How a line of what Drools compiled maps back to the file a consultant wrote. For DRL and DSLR files the two
 * are the same; a decision table is compiled as generated DRL, whose lines map back to sheet cells.
 */
interface SourceMap {

    /** "line 12:4", "[Line: 12, Column: 4]" and the like, which point into DRL the consultant never wrote. */
    java.util.regex.Pattern GENERATED_POSITION = java.util.regex.Pattern.compile(
            "\\s*(\\[ERR \\d+\\]\\s*)?\\[?\\s*[Ll]ine:?\\s*\\d+(:\\d+|, [Cc]olumn:? \\d+)\\]?\\s*");

    /**
     * A place in the consultant's file: 1-based line (a spreadsheet row) and column, 0 when unknown, and
     * where the file has no lines of its own (a spreadsheet), how to find the spot, e.g. {@code cell C12}.
     */
    record Location(int line, int column, String where) {
    }

    Location locate(int line, int column);

    /** Where a message belongs; some maps learn more from its text than from its line. */
    default Location locate(int line, int column, String message) {
        return locate(line, column);
    }

    /** A compiler message made meaningful in the consultant's file. */
    default String cleanMessage(String message) {
        return message;
    }

    /** The line (or row) where the named rule is written, 0 when it cannot be found. */
    int lineOfRule(String ruleName);
}
