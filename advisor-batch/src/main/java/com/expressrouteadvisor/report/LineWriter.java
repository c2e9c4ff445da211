package com.expressrouteadvisor.report;

import java.io.IOException;
import java.io.OutputStream;

/** A writer of one encoded line per result (NDJSON and its kin): appends the bytes and a newline. */
abstract class LineWriter implements ResultWriter<byte[]> {

    protected final OutputStream out;

    protected LineWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public final void write(byte[] encoded) throws IOException {
        out.write(encoded);
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
