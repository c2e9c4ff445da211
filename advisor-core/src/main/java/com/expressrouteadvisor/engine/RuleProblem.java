package com.expressrouteadvisor.engine;

/**
 * One problem in a rule set, located so an editor can jump to it. {@link #toString()} is the
 * {@code FILE:LINE:COLUMN: message} form of CONTRACT §2; line and column are 1-based, 0 when unknown.
 */
public record RuleProblem(String file, int line, int column, Level level, String message) {

    public enum Level { ERROR, WARNING }

    public static RuleProblem error(String file, int line, int column, String message) {
        return new RuleProblem(file, line, column, Level.ERROR, message);
    }

    public static RuleProblem warning(String file, int line, int column, String message) {
        return new RuleProblem(file, line, column, Level.WARNING, message);
    }

    @Override
    public String toString() {
        String text = file + ":" + line + ":" + column + ": ";
        return level == Level.WARNING ? text + "warning: " + message : text + message;
    }
}
