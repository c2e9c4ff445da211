package com.expressrouteadvisor.spark;

import com.expressrouteadvisor.batch.InputPieces;
import com.expressrouteadvisor.batch.InputRecord;
import com.expressrouteadvisor.batch.ProfileReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

/**
 * Reads the records of one {@link InputPiece} with the command line's own readers, so that line numbers,
 * record indexes and the reasons of rejects are the same as {@code advisor evaluate} gives for the file.
 */
final class PieceReading implements AutoCloseable {

    private final InputPiece piece;
    private final LineRangeStream lines;
    private final ProfileReader reader;

    PieceReading(InputPiece piece, Map<String, String> hadoop, int maxRecordBytes) throws IOException {
        this.piece = piece;
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        Path path = new Path(URI.create(piece.uri()));
        FileSystem fs = path.getFileSystem(conf);
        FSDataInputStream in = fs.open(path);
        long first = 0;
        if (piece.start() > 0) {
            // The piece's first line is the one after the line break at or after start - 1.
            in.seek(piece.start() - 1);
            first = piece.start() - 1;
            int b;
            do {
                b = in.read();
                first++;
            } while (b >= 0 && b != '\n');
            if (b < 0) {
                first = Long.MAX_VALUE;
            }
        }
        InputStream buffered = new BufferedInputStream(in, 1 << 16);
        this.lines = new LineRangeStream(buffered, first, piece.end());
        this.reader = InputPieces.open(piece.source(), lines, piece.firstIndex(), maxRecordBytes);
    }

    /** The next record, numbered as in the whole input, or null at the end of the piece. */
    InputRecord next() throws IOException {
        InputRecord record = reader.next();
        if (record == null) {
            return null;
        }
        return new InputRecord(record.source(), piece.firstLine() + record.line(), record.index(), record.content());
    }

    /** The counting pass: records and line breaks of the piece, without evaluating anything. */
    static InputPiece.Count count(InputPiece piece, Map<String, String> hadoop, int maxRecordBytes) throws IOException {
        try (PieceReading reading = new PieceReading(piece, hadoop, maxRecordBytes)) {
            long records = 0;
            while (reading.reader.next() != null) {
                records++;
            }
            return new InputPiece.Count(reading.lines.lineBreaks(), records);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
