package com.expressrouteadvisor.spark;

import com.expressrouteadvisor.batch.InputPieces;
import com.expressrouteadvisor.batch.InputRecord;
import com.expressrouteadvisor.batch.ProfileReaders;
import com.expressrouteadvisor.batch.RunSummary;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.BundledFolders;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.engine.RuleProblem;
import com.expressrouteadvisor.engine.RuleSetInvalidException;
import com.expressrouteadvisor.reference.ReferenceDataException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code spark-submit --class com.expressrouteadvisor.spark.SparkAdvisorJob expressroute-advisor-spark.jar
 * [options] --out DIR INPUT…}: {@code advisor evaluate} for portfolios in a data lake. See docs/spark.md.
 *
 * <p>The driver compiles the rule set first (a broken one ends the job with exit 3 before any task), then
 * broadcasts the rules and reference folders; each executor JVM builds one advisor from them. A first pass
 * counts the records of every piece of the inputs, so that each record gets the line number and run-wide
 * index the command line gives it; the second pass evaluates and writes. Exit codes as the command line's.
 */
@Command(name = "expressroute-advisor-spark", mixinStandardHelpOptions = true,
        description = "Evaluates the profiles of NDJSON, JSON or CSV inputs on Spark, as `advisor evaluate` does.")
public final class SparkAdvisorJob implements Serializable {

    static final int OK = 0;
    static final int INTERNAL_FAILURE = 1;
    static final int USAGE = 2;
    static final int RULES_INVALID = 3;
    static final int RECORDS_REJECTED = 4;
    /** Pieces of at least this size when --partitions is not given: smaller ones cost more in tasks than they save. */
    private static final long MIN_PIECE_BYTES = 8L << 20;

    enum Format { NDJSON, PARQUET }

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder on the driver (default: ./rules if "
            + "it exists, else the rules packaged in the jar).")
    java.nio.file.Path rules;

    @Option(names = "--reference", paramLabel = "DIR", description = "Reference data folder on the driver (default: "
            + "./facts/reference if it exists, else the packaged one).")
    java.nio.file.Path reference;

    @Option(names = "--format", paramLabel = "FORMAT", description = "ndjson (default) or parquet.")
    String format = "ndjson";

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Output folder on any Hadoop file system; must not exist yet.")
    String out;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Pieces the NDJSON inputs are cut into (default: 4 per core of the application, "
                    + "pieces of at least 8 MB).")
    Integer partitions;

    @Option(names = "--explain", description = "Include the rules that fired in every result.")
    boolean explain;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of messages: en (default) or nl.")
    String language = "en";

    @Option(names = "--max-record-bytes", paramLabel = "BYTES", description = "The largest record read; a larger "
            + "one is a reject (default: 1 MiB).")
    int maxRecordBytes = ProfileReaders.DEFAULT_MAX_RECORD_BYTES;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, folders or glob patterns on any Hadoop file system: .ndjson/.jsonl, .json, .csv.")
    List<String> inputs;

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("expressroute-advisor").getOrCreate();
        int code;
        try {
            code = run(spark, System.out, System.err, args);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Runs the job in a session; returns the exit code. */
    public static int run(SparkSession spark, PrintStream out, PrintStream err, String... args) {
        SparkAdvisorJob job = new SparkAdvisorJob();
        CommandLine command = new CommandLine(job).setCaseInsensitiveEnumValuesAllowed(true);
        try {
            CommandLine.ParseResult parsed = command.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return OK;
            }
        } catch (CommandLine.ParameterException e) {
            err.println("advisor-spark: " + e.getMessage());
            return USAGE;
        }
        try {
            return job.run(spark, err);
        } catch (UsageException e) {
            err.println("advisor-spark: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("advisor-spark: " + e.getMessage());
            return INTERNAL_FAILURE;
        }
    }

    private int run(SparkSession spark, PrintStream err) throws IOException {
        Format outputFormat = format();
        if (maxRecordBytes < 1) {
            throw new UsageException("--max-record-bytes " + maxRecordBytes + ": use 1 or more");
        }
        if (partitions != null && partitions < 1) {
            throw new UsageException("--partitions " + partitions + ": use 1 or more");
        }
        // Tasks get the language tag and the flag: EvaluationOptions is not serializable.
        String languageTag = language;
        boolean explainResults = explain;

        // The rule set is compiled here first: a broken one stops the job before any task.
        java.nio.file.Path rulesFolder = BundledFolders.resolve(rules, java.nio.file.Path.of("rules"), BundledFolders.RULES);
        java.nio.file.Path referenceFolder = BundledFolders.resolve(reference, java.nio.file.Path.of("facts", "reference"),
                BundledFolders.REFERENCE);
        ExecutorAdvisor.quietDrools();
        String version;
        int ruleCount;
        try (Advisor advisor = Advisor.builder().rules(rulesFolder).reference(referenceFolder).build()) {
            version = advisor.ruleSet().version();
            ruleCount = advisor.ruleSet().ruleCount();
        } catch (RuleSetInvalidException invalid) {
            for (RuleProblem problem : invalid.problems()) {
                err.println(problem);
            }
            err.printf("rule set invalid: %d problem(s)%n", invalid.problems().size());
            return RULES_INVALID;
        } catch (ReferenceDataException e) {
            throw new UsageException(e.getMessage());
        }

        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = context.hadoopConfiguration();
        Map<String, String> hadoop = new HashMap<>();
        conf.forEach(entry -> hadoop.put(entry.getKey(), entry.getValue()));
        Path outPath = new Path(out);
        FileSystem outFs = outPath.getFileSystem(conf);
        if (outFs.exists(outPath)) {
            throw new UsageException("--out " + out + " already exists: give a new folder");
        }

        List<InputPiece> pieces = plan(conf, context.defaultParallelism());
        FolderSnapshot rulesSnapshot = FolderSnapshot.of(rulesFolder);
        FolderSnapshot referenceSnapshot = FolderSnapshot.of(referenceFolder);
        err.printf("rules: %d rules, version %s; %d input pieces%n", ruleCount, version,
                pieces.size());

        // Pass 1: records and line breaks per piece, so that every record is numbered as the command line does.
        int limit = maxRecordBytes;
        List<InputPiece.Count> counts = context.parallelize(pieces, Math.max(1, pieces.size()))
                .map(piece -> PieceReading.count(piece, hadoop, limit)).collect();
        List<InputPiece> numbered = new ArrayList<>(pieces.size());
        long read = 0;
        long lines = 0;
        for (int i = 0; i < pieces.size(); i++) {
            InputPiece piece = pieces.get(i);
            if (i > 0 && !pieces.get(i - 1).uri().equals(piece.uri())) {
                lines = 0;
            }
            numbered.add(piece.at(lines, read));
            lines += counts.get(i).lineBreaks();
            read += counts.get(i).records();
        }

        // Pass 2: evaluate and write. The counts come back with the tasks' results, so a retried task counts once.
        Broadcast<FolderSnapshot> rulesBroadcast = context.broadcast(rulesSnapshot);
        Broadcast<FolderSnapshot> referenceBroadcast = context.broadcast(referenceSnapshot);
        JavaRDD<InputPiece> work = context.parallelize(numbered, Math.max(1, numbered.size()));
        long evaluated;
        long rejected;
        if (outputFormat == Format.NDJSON) {
            String outUri = outFs.makeQualified(outPath).toString();
            long[] totals = work.mapPartitionsWithIndex((partition, it) -> {
                Advisor advisor = ExecutorAdvisor.of(rulesBroadcast.value(), referenceBroadcast.value());
                Outcomes outcomes = new Outcomes(advisor, options(languageTag, explainResults));
                long[] done = NdjsonOutput.write(it.next(), partition, outcomes, hadoop, outUri, limit);
                return List.of(done).iterator();
            }, true).reduce((a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            evaluated = totals[0];
            rejected = totals[1];
            NdjsonOutput.finish(outFs, outPath);
        } else {
            JavaRDD<Row> rows = work.mapPartitions((Iterator<InputPiece> it) -> {
                Advisor advisor = ExecutorAdvisor.of(rulesBroadcast.value(), referenceBroadcast.value());
                return rowsOf(it.next(), new Outcomes(advisor, options(languageTag, explainResults)), hadoop, limit);
            });
            spark.createDataFrame(rows, Outcomes.SCHEMA).write().partitionBy("kind").parquet(out);
            // Counted from what was written: a retried task's rows are there once.
            Map<String, Long> byKind = new HashMap<>();
            spark.read().parquet(out).groupBy("kind").count().collectAsList()
                    .forEach(row -> byKind.put(row.getString(0), row.getLong(1)));
            evaluated = byKind.getOrDefault(Outcomes.RESULT, 0L);
            rejected = byKind.getOrDefault(Outcomes.REJECT, 0L);
        }
        RunSummary summary = new RunSummary(read, evaluated, rejected);
        err.println(summary);
        if (!summary.addsUp()) {
            err.println("advisor-spark: internal failure: counts do not add up");
            return INTERNAL_FAILURE;
        }
        if (rejected > 0) {
            err.println("rejected records are in " + out + (outputFormat == Format.NDJSON ? "/rejects" : "/kind=reject"));
            return RECORDS_REJECTED;
        }
        return OK;
    }

    private static EvaluationOptions options(String languageTag, boolean explain) {
        return new EvaluationOptions(Locale.forLanguageTag(languageTag), explain);
    }

    private static Iterator<Row> rowsOf(InputPiece piece, Outcomes outcomes, Map<String, String> hadoop, int limit)
            throws IOException {
        PieceReading reading = new PieceReading(piece, hadoop, limit);
        return new Iterator<>() {
            private InputRecord next = reading.next();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                try {
                    Row row = Outcomes.row(next, outcomes.of(next));
                    next = reading.next();
                    if (next == null) {
                        reading.close();
                    }
                    return row;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    private Format format() {
        try {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format " + format + ": use ndjson or parquet");
        }
    }

    /** The inputs' files in order, NDJSON ones cut into pieces of about the same size. */
    private List<InputPiece> plan(Configuration conf, int parallelism) throws IOException {
        record InputFile(String source, FileStatus status) {
        }
        List<InputFile> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new UsageException(input + ": no such file");
            }
            boolean single = matches.length == 1 && matches[0].isFile() && !input.contains("*") && !input.contains("?");
            for (FileStatus match : matches) {
                List<FileStatus> found = new ArrayList<>();
                if (match.isDirectory()) {
                    for (FileStatus child : fs.listStatus(match.getPath())) {
                        String name = child.getPath().getName();
                        if (child.isFile() && !name.startsWith(".") && !name.startsWith("_")
                                && ProfileReaders.isSupported(name)) {
                            found.add(child);
                        }
                    }
                    found.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
                } else {
                    found.add(match);
                }
                for (FileStatus file : found) {
                    String source = single ? input : file.getPath().toString();
                    if (!ProfileReaders.isSupported(source)) {
                        throw new UsageException("cannot tell the format of '" + source + "': use "
                                + ProfileReaders.supportedFormats());
                    }
                    files.add(new InputFile(source, file));
                }
            }
        }
        long splittableBytes = files.stream().filter(f -> InputPieces.splittable(f.source()))
                .mapToLong(f -> f.status().getLen()).sum();
        int target = partitions != null ? partitions : 4 * parallelism;
        long pieceBytes = Math.max(1, (splittableBytes + target - 1) / target);
        if (partitions == null) {
            pieceBytes = Math.max(pieceBytes, MIN_PIECE_BYTES);
        }
        List<InputPiece> pieces = new ArrayList<>();
        for (InputFile file : files) {
            String uri = file.status().getPath().toUri().toString();
            long length = file.status().getLen();
            if (!InputPieces.splittable(file.source()) || length <= pieceBytes) {
                pieces.add(new InputPiece(file.source(), uri, 0, Long.MAX_VALUE, 0, 0));
                continue;
            }
            for (long start = 0; start < length; start += pieceBytes) {
                long end = start + pieceBytes >= length ? Long.MAX_VALUE : start + pieceBytes;
                pieces.add(new InputPiece(file.source(), uri, start, end, 0, 0));
            }
        }
        return pieces;
    }

    /** A wrong option or input: exit 2 before any work. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
