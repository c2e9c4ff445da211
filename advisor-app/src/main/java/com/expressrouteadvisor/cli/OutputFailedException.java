package com.expressrouteadvisor.cli;

import java.io.IOException;

/**
 * Results, rejects or a report could not be written (a full disk, a closed pipe, a folder where the file
 * goes): the run failed, and the message says which output and why. Exit 1, never reported as a success.
 */
final class OutputFailedException extends IOException {

    OutputFailedException(String message, IOException cause) {
        super(message, cause);
    }
}
