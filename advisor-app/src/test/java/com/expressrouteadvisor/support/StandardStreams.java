package com.expressrouteadvisor.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What code under test printed to standard output and error, which an embedded library must leave alone. */
public final class StandardStreams {

    /** The code to run while both streams are captured. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private StandardStreams() {
    }

    /** Runs the action with standard output and error captured, and returns what it printed to either. */
    public static String printedBy(Action action) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            action.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
