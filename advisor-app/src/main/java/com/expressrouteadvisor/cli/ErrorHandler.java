package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.batch.RunStoppedException;
import com.expressrouteadvisor.engine.RuleProblem;
import com.expressrouteadvisor.engine.RuleSetInvalidException;
import com.expressrouteadvisor.reference.ReferenceDataException;
import com.expressrouteadvisor.report.Unicode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Maps every failure to an exit code and a message for a person, in one place. No stack trace reaches the
 * user; an internal failure is logged in full at debug level.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    /** Asked for at a failure only: every command creates a handler, and --version or --help log nothing. */
    private static Logger log() {
        return LoggerFactory.getLogger(ErrorHandler.class);
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof RuleSetInvalidException invalid) {
            for (RuleProblem problem : invalid.problems()) {
                err.println(problem);
            }
            err.printf("rule set invalid: %d problem(s)%n", invalid.problems().size());
        } else if (e instanceof CommandLine.ParameterException parameter) {
            err.println("advisor: " + parameter.getMessage());
            err.println("Try '" + parameter.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        } else if (e instanceof RunStoppedException stopped && !stopped.internal()) {
            log().debug("run stopped", e);
            err.println("advisor: " + stopped.getMessage());
        } else if (e instanceof UsageException || e instanceof IllegalArgumentException
                || e instanceof NoSuchFileException || e instanceof AccessDeniedException) {
            err.println("advisor: " + Unicode.printable(describe(e)));
        } else if (outputFailure(e) != null) {
            log().debug("output failed", e);
            err.println("advisor: " + Unicode.printable(outputFailure(e).getMessage()));
        } else {
            log().debug("internal failure", e);
            err.println("advisor: internal failure: " + Unicode.printable(describe(e)));
        }
        err.flush();
        return exitCode(e);
    }

    /** An Error that escaped the command (picocli only hands Exceptions to the handler): one line, exit 1. */
    static int handleError(Throwable e, PrintWriter err) {
        log().debug("internal failure", e);
        err.println("advisor: internal failure: " + (e.getMessage() == null ? e.getClass().getName()
                : e.getClass().getName() + ": " + e.getMessage()));
        err.flush();
        return ExitCodes.INTERNAL_FAILURE;
    }

    static int exitCode(Throwable e) {
        if (e instanceof RuleSetInvalidException) {
            return ExitCodes.RULES_INVALID;
        }
        if (e instanceof CommandLine.ParameterException || e instanceof UsageException
                || e instanceof IllegalArgumentException || e instanceof NoSuchFileException
                || e instanceof AccessDeniedException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.INTERNAL_FAILURE;
    }

    /** The run's output could not be written: thrown as is, or wrapped by a writer that may not throw it. */
    private static OutputFailedException outputFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutputFailedException failed) {
                return failed;
            }
        }
        return null;
    }

    private static String describe(Throwable e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (e instanceof UncheckedIOException io && io.getCause() != null) {
            return io.getMessage();
        }
        if (e instanceof ReferenceDataException) {
            return "reference data: " + e.getMessage();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
