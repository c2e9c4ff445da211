package com.expressrouteadvisor.reference;

/** Reference data that is missing or malformed; the message names the file and what is wrong. */
public class ReferenceDataException extends RuntimeException {

    public ReferenceDataException(String message) {
        super(message);
    }
}
