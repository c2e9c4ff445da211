package com.expressrouteadvisor.release;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes the changed customers of a diff in one format, then the totals. As with the result writers,
 * encoding runs on the worker threads and writing on one thread, in input order.
 *
 * @param <T> one change as encoded for this format
 */
public interface DiffWriter<T> extends Closeable {

    /** Thread-safe. */
    T encode(CustomerChange change) throws IOException;

    void write(T encoded) throws IOException;

    /** After the last change; then {@link #close()}. */
    void finish(ImpactTotals totals) throws IOException;
}
