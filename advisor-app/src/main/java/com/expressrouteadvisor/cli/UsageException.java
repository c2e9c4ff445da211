package com.expressrouteadvisor.cli;

/** The user asked for something that cannot be done as asked (a missing input, a bad option value): exit 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
