package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes results in one output format; {@link #close()} finishes the output. Encoding is split from
 * writing so that a batch run encodes on its worker threads and one thread only appends, in input order.
 *
 * @param <T> a result as encoded for this format (bytes of JSON, a CSV row, a report row)
 */
public interface ResultWriter<T> extends Closeable {

    /** Encodes one result. Thread-safe: called on many threads at once. */
    T encode(Evaluation evaluation) throws IOException;

    /** Appends one encoded result; called from one thread, in input order. */
    void write(T encoded) throws IOException;

    /** Encodes and appends one result. */
    default void writeResult(Evaluation evaluation) throws IOException {
        write(encode(evaluation));
    }
}
