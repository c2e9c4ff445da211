package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;

import java.io.Closeable;
import java.io.IOException;

/** Writes results in one output format, one at a time and in input order; {@link #close()} finishes the output. */
public interface ResultWriter extends Closeable {

    void write(Evaluation evaluation) throws IOException;
}
