package com.expressrouteadvisor.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream whose write errors say what was being written where
 * ({@code cannot write results to standard output: No space left on device}), so the user learns which
 * output failed instead of a bare system message.
 */
final class NamedOutputStream extends FilterOutputStream {

    private final String description;
    private final boolean closesTarget;

    /**
     * @param description  what goes where, e.g. {@code results to standard output}
     * @param closesTarget false for the process's standard output, which only gets flushed
     */
    NamedOutputStream(OutputStream target, String description, boolean closesTarget) {
        super(target);
        this.description = description;
        this.closesTarget = closesTarget;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.flush();
            if (closesTarget) {
                out.close();
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private IOException failed(IOException e) {
        if (e instanceof OutputFailedException) {
            return e;
        }
        String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new OutputFailedException("cannot write " + description + ": " + reason, e);
    }
}
