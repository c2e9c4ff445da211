package com.expressrouteadvisor.spark;

import java.io.Serializable;

/**
 * A part of one input that one task reads: a byte range of an NDJSON file, cut anywhere (the task starts at
 * the first line that begins in it and stops after the last), or a whole JSON or CSV file.
 *
 * @param source     the input as the user named it, in rejects (a file found in a folder or by a pattern: its path)
 * @param uri        the file, for Hadoop's file systems
 * @param start      first byte of the range
 * @param end        end of the range (exclusive), {@link Long#MAX_VALUE} for the whole file
 * @param firstLine  lines of the same file before this piece
 * @param firstIndex records of the whole run before this piece
 */
record InputPiece(String source, String uri, long start, long end, long firstLine, long firstIndex)
        implements Serializable {

    InputPiece at(long firstLine, long firstIndex) {
        return new InputPiece(source, uri, start, end, firstLine, firstIndex);
    }

    /** What the counting pass found in a piece: line breaks (for the next piece's line numbers) and records. */
    record Count(long lineBreaks, long records) implements Serializable {
    }
}
