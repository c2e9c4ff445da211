package com.expressrouteadvisor.spark;

import com.expressrouteadvisor.batch.InputRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;

/**
 * The NDJSON output: {@code OUT/results/part-NNNNN.ndjson} with the lines {@code advisor evaluate --format ndjson}
 * writes, {@code OUT/rejects/part-NNNNN.ndjson} with the lines of its rejects file, one part per input piece
 * numbered in input order, so that the parts joined in name order are the command line's files.
 *
 * <p>Each task attempt writes under {@code OUT/_temporary/} and renames its parts into place when it has read
 * its whole piece: a failed attempt leaves nothing behind, and a retried one replaces its predecessor's parts.
 */
final class NdjsonOutput {

    private NdjsonOutput() {
    }

    /** Evaluates one piece into its parts; returns {evaluated, rejected}. */
    static long[] write(InputPiece piece, int partition, Outcomes outcomes, Map<String, String> hadoop, String out,
                        int maxRecordBytes) throws IOException {
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        Path outPath = new Path(URI.create(out));
        FileSystem fs = outPath.getFileSystem(conf);
        String part = String.format("part-%05d.ndjson", partition);
        TaskContext task = TaskContext.get();
        Path staging = new Path(outPath, "_temporary/attempt-" + (task == null ? 0 : task.taskAttemptId()));
        Path results = new Path(staging, "results-" + part);
        Path rejects = new Path(staging, "rejects-" + part);
        long evaluated = 0;
        long rejected = 0;
        try (PieceReading reading = new PieceReading(piece, hadoop, maxRecordBytes);
             OutputStream resultLines = new BufferedOutputStream(fs.create(results, true), 1 << 16);
             OutputStream rejectLines = new BufferedOutputStream(fs.create(rejects, true), 1 << 16)) {
            for (InputRecord record = reading.next(); record != null; record = reading.next()) {
                Outcomes.Outcome outcome = outcomes.of(record);
                OutputStream target = outcome.rejected() ? rejectLines : resultLines;
                target.write(outcome.line());
                target.write('\n');
                if (outcome.rejected()) {
                    rejected++;
                } else {
                    evaluated++;
                }
            }
        }
        commit(fs, results, new Path(outPath, "results/" + part));
        commit(fs, rejects, new Path(outPath, "rejects/" + part));
        fs.delete(staging, true);
        return new long[] {evaluated, rejected};
    }

    private static void commit(FileSystem fs, Path staged, Path target) throws IOException {
        fs.mkdirs(target.getParent());
        if (fs.exists(target)) {
            fs.delete(target, false);
        }
        if (!fs.rename(staged, target)) {
            throw new IOException("cannot move " + staged + " to " + target);
        }
    }

    /** After every task succeeded: the staging folder goes, and a {@code _SUCCESS} marker says the output is whole. */
    static void finish(FileSystem fs, Path out) throws IOException {
        fs.delete(new Path(out, "_temporary"), true);
        fs.create(new Path(out, "_SUCCESS"), true).close();
    }
}
