package com.expressrouteadvisor.spark;

import com.expressrouteadvisor.cli.AdvisorCommand;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job on {@code local[2]} against the command line on the same inputs: the same results and rejects, byte
 * for byte once the parts are joined in order, the same exit codes and counts.
 */
class SparkAdvisorJobTest {

    private static SparkSession spark;

    @TempDir
    static Path shared;
    private static Path ndjson;
    private static Path csv;
    private static Cli cli;

    @TempDir
    Path folder;

    record Cli(int exitCode, String err, byte[] results, byte[] rejects) {
    }

    @BeforeAll
    static void startSparkAndRunTheCommandLine() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("advisor-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        ndjson = shared.resolve("portfolio.ndjson");
        csv = shared.resolve("more.csv");
        assertThat(command("generate", "--count", "240", "--seed", "11", "--invalid", "5",
                "--out", ndjson.toString()).exitCode()).isZero();
        // What the readers reject before any rule runs: a malformed line, a blank line (skipped, but counted
        // as a line), an unknown field, a line that is not UTF-8.
        try (var out = Files.newOutputStream(ndjson, java.nio.file.StandardOpenOption.APPEND)) {
            out.write("{\"id\":\"broken\",\n\n{\"id\":\"x-1\",\"unknown\":true}\n".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'});
            out.write("{\"id\":\"last\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(command("generate", "--count", "20", "--seed", "12", "--invalid", "10",
                "--out", csv.toString()).exitCode()).isZero();
        Path results = shared.resolve("cli.ndjson");
        Path rejects = shared.resolve("cli-rejects.ndjson");
        Cli run = command("evaluate", "--format", "ndjson", "--out", results.toString(), "--rejects",
                rejects.toString(), ndjson.toString(), csv.toString());
        cli = new Cli(run.exitCode(), run.err(), Files.readAllBytes(results), Files.readAllBytes(rejects));
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(4);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void resultsAndRejectsAreTheCommandLinesJoinedInPartOrder() throws IOException {
        Path out = folder.resolve("out");

        Cli job = job("--partitions", "5", "--out", out.toString(), ndjson.toString(), csv.toString());

        assertThat(job.exitCode()).as(job.err()).isEqualTo(4);
        assertThat(lastLine(job.err(), "read,")).isEqualTo(lastLine(cli.err(), "read,"));
        assertThat(parts(out.resolve("results"))).hasSizeGreaterThan(2);
        assertThat(new String(joined(out.resolve("results")), StandardCharsets.UTF_8))
                .isEqualTo(new String(cli.results(), StandardCharsets.UTF_8));
        assertThat(new String(joined(out.resolve("rejects")), StandardCharsets.UTF_8))
                .isEqualTo(new String(cli.rejects(), StandardCharsets.UTF_8));
        assertThat(out.resolve("_SUCCESS")).exists();
        assertThat(out.resolve("_temporary")).doesNotExist();
    }

    @Test
    void parquetOutputAnswersSparkSqlWithTheCommandLinesResults() throws IOException {
        Path out = folder.resolve("parquet");

        Cli job = job("--format", "parquet", "--partitions", "3", "--out", out.toString(), ndjson.toString(),
                csv.toString());

        assertThat(job.exitCode()).as(job.err()).isEqualTo(4);
        spark.read().parquet(out.toString()).createOrReplaceTempView("advice");
        List<String> results = spark.sql("SELECT json FROM advice WHERE kind = 'result' ORDER BY index")
                .collectAsList().stream().map(row -> row.getString(0) + "\n").toList();
        assertThat(String.join("", results)).isEqualTo(new String(cli.results(), StandardCharsets.UTF_8));
        List<String> rejects = spark.sql("SELECT json FROM advice WHERE kind = 'reject' ORDER BY index")
                .collectAsList().stream().map(row -> row.getString(0) + "\n").toList();
        assertThat(String.join("", rejects)).isEqualTo(new String(cli.rejects(), StandardCharsets.UTF_8));

        String cliResults = new String(cli.results(), StandardCharsets.UTF_8);
        long ready = cliResults.lines().filter(line -> line.contains("\"readiness\":\"READY\"")).count();
        long withGaps = cliResults.lines().filter(line -> line.contains("\"gaps\":[{")).count();
        Row counts = spark.sql("SELECT count_if(readiness = 'READY'), count_if(size(gap_codes) > 0), "
                + "count(DISTINCT rule_set_version) FROM advice WHERE kind = 'result'").first();
        assertThat(counts.getLong(0)).isEqualTo(ready);
        assertThat(counts.getLong(1)).isEqualTo(withGaps).isPositive();
        assertThat(counts.getLong(2)).isEqualTo(1);
    }

    @Test
    void aBrokenRuleSetFailsTheJobWithItsPlaceBeforeAnyTask() throws IOException {
        Path rules = folder.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = rules.resolve(Path.of("rules").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(rules.resolve("broken.drl"), "package rules;\n\nrule \"half\"\nwhen\n  then\nend oops\n");
        int jobsBefore = spark.sparkContext().statusTracker().getJobIdsForGroup(null).length;
        Path out = folder.resolve("out");

        Cli job = job("--rules", rules.toString(), "--out", out.toString(), ndjson.toString());

        assertThat(job.exitCode()).as(job.err()).isEqualTo(3);
        assertThat(job.err()).containsPattern("broken\\.drl:\\d+:\\d+: ");
        assertThat(spark.sparkContext().statusTracker().getJobIdsForGroup(null)).hasSize(jobsBefore);
        assertThat(out).doesNotExist();
    }

    private static Cli job(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkAdvisorJob.run(spark, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Cli(code, err.toString(StandardCharsets.UTF_8), out.toByteArray(), null);
    }

    private static Cli command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AdvisorCommand.run(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        return new Cli(code, err.toString(StandardCharsets.UTF_8), out.toByteArray(), null);
    }

    private static String lastLine(String text, String containing) {
        return text.lines().filter(line -> line.contains(containing)).reduce((a, b) -> b).orElse("");
    }

    private static List<Path> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    private static byte[] joined(Path folder) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Path part : parts(folder)) {
            all.write(Files.readAllBytes(part));
        }
        return all.toByteArray();
    }
}
