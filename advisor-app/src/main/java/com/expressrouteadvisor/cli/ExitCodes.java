package com.expressrouteadvisor.cli;

/** The exit codes of CONTRACT §2. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INTERNAL_FAILURE = 1;
    public static final int USAGE = 2;
    public static final int RULES_INVALID = 3;
    public static final int RECORDS_REJECTED = 4;
    /** {@code rules test}: every scenario ran, but some failed; the same "finished, but" code as rejects. */
    public static final int SCENARIOS_FAILED = 4;
    /** {@code rules diff}: beyond the contract, some customer's advice changes (or a {@code --fail-on} change). */
    public static final int ADVICE_CHANGED = 5;

    private ExitCodes() {
    }
}
