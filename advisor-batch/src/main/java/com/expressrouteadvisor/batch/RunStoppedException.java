package com.expressrouteadvisor.batch;

/**
 * A portfolio run ended early because a stage hit an {@link Error} (a stack overflow in a rule, memory
 * running out, a failure in a reader or writer). The message says where, why and how far the run got: every
 * record before the one at fault has been written or rejected, none after it has been evaluated.
 */
public final class RunStoppedException extends RuntimeException {

    private final boolean internal;

    RunStoppedException(String message, Throwable cause, boolean internal) {
        super(message, cause);
        this.internal = internal;
    }

    /** Whether the cause is a failure of the program itself rather than of the rules or the machine's memory. */
    public boolean internal() {
        return internal;
    }

    /** What went wrong, for a person: the kind of error and what to do about it. */
    static String describe(Throwable cause) {
        if (cause instanceof StackOverflowError) {
            return "stack overflow (a rule or function that calls itself without end?)";
        }
        if (cause instanceof OutOfMemoryError) {
            return "out of memory (give Java more heap with -Xmx, or use fewer --threads)";
        }
        return cause.getMessage() == null ? cause.getClass().getName() : cause.getClass().getName() + ": "
                + cause.getMessage();
    }

    static boolean isInternal(Throwable cause) {
        return !(cause instanceof StackOverflowError || cause instanceof OutOfMemoryError);
    }
}
