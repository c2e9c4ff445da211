package com.expressrouteadvisor.batch;

import java.io.Closeable;
import java.io.IOException;

/** Reads records one at a time from one input, so inputs of any size stream through. */
public interface ProfileReader extends Closeable {

    /** The next record, or null at the end of the input. */
    InputRecord next() throws IOException;
}
