package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.support.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * {@code advisor evaluate} on broken inputs: every record read is evaluated or rejected with its line and
 * reason, whatever the damage, and the rest of the input goes on.
 */
class PortfolioInputTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path folder;

    @Test
    void ndjsonLinesWithTrailingTextDuplicateKeysOrImpossiblePrefixesAreEachRejectedByLine() throws IOException {
        Path input = write("portfolio.ndjson", String.join("\n",
                "{\"id\":\"good-1\"}",
                "{\"id\":\"big-prefix\",\"azure\":{\"vnetAddressSpaces\":[\"10.0.0.0/2147483648\"]}}",
                "{\"id\":\"v6-prefix\",\"peerings\":{\"private\":{\"subnets\":[\"::/4294967296\"]}}}",
                "{\"id\":\"a\"}{\"id\":\"b\"}",
                "{\"id\":\"c\"} garbage",
                "{\"id\":\"dup\",\"connectivity\":{\"wanProvider\":\"KPN\",\"wanProvider\":\"Colt\"}}",
                "{\"id\":\"wildcard\",\"azure\":{\"vnetAddressSpaces\":[\"10.*.0.0/16\"]}}",
                "{\"id\":\"mask\",\"azure\":{\"vnetAddressSpaces\":[\"10.0.0.0/255.0.0.0\"]}}",
                "{\"id\":\"aton\",\"azure\":{\"vnetAddressSpaces\":[\"0x0a000000/8\"]}}",
                "{\"id\":\"good-2\"}") + "\n");

        Evaluated run = evaluate(input);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORDS_REJECTED);
        assertThat(run.ids()).containsExactly("good-1", "good-2");
        assertThat(run.err()).contains("10 read, 2 evaluated, 8 rejected").doesNotContain("internal failure");
        assertThat(run.rejects()).extracting(r -> r.get("line").asInt()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(run.reject(0)).contains("azure.vnetAddressSpaces[0]", "prefix length");
        assertThat(run.reject(1)).contains("peerings.private.subnets[0]", "prefix length");
        assertThat(run.reject(2)).contains("after the end of the record", "column 11");
        assertThat(run.reject(3)).contains("after the end of the record", "column 12");
        assertThat(run.reject(4)).contains("connectivity.wanProvider", "given twice");
        assertThat(run.reject(5)).contains("10.*.0.0/16");
        assertThat(run.reject(6)).contains("10.0.0.0/255.0.0.0");
        assertThat(run.reject(7)).contains("0x0a000000/8");
    }

    @Test
    void aRecordOverTheSizeLimitIsSkippedAsARejectInEveryFormat() throws IOException {
        String big = "x".repeat(5000);
        Path ndjson = write("big.ndjson", "{\"id\":\"n-1\",\"name\":\"" + big + "\"}\n{\"id\":\"n-2\"}\n");
        Path json = write("big.json", "[\n{\"id\":\"j-1\",\"name\":\"" + big + "\"},\n{\"id\":\"j-2\",\"name\":\"]}\"}\n]\n");
        Path csv = write("big.csv", "id,name\nc-1," + big + "\n\"c-2\",\"quoted, with \"\"quotes\"\"\"\n");

        Evaluated run = evaluate(List.of("--max-record-bytes", "2000"), ndjson, json, csv);

        assertThat(run.ids()).containsExactly("n-2", "j-2", "c-2");
        assertThat(run.err()).contains("6 read, 3 evaluated, 3 rejected");
        assertThat(run.rejects()).extracting(r -> r.get("source").asText() + ":" + r.get("line").asInt())
                .containsExactly(ndjson + ":1", json + ":2", csv + ":2");
        assertThat(run.rejects()).allSatisfy(r -> assertThat(r.toString())
                .contains("more than the limit of 2000 bytes per record (--max-record-bytes)"));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aLineLargerThanTheHeapIsRejectedWithoutBeingHeldInMemory() throws Exception {
        Path stdout = folder.resolve("stdout");
        Path stderr = folder.resolve("stderr");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), AdvisorCommand.class.getName(),
                "evaluate", "--format", "ndjson", "--rejects", folder.resolve("rejects.ndjson").toString(), "-")
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write("{\"id\":\"huge\",\"name\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 256; i++) { // 256 MiB on one line, twice the heap
                in.write(chunk);
            }
            in.write("\"}\n{\"id\":\"small\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(4, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).isEqualTo(ExitCodes.RECORDS_REJECTED);
        assertThat(Files.readString(stdout)).contains("\"customerId\":\"small\"");
        assertThat(Files.readString(stderr)).contains("2 read, 1 evaluated, 1 rejected")
                .contains("-:1: record 1: (record): the record is 268435479 bytes, more than the limit of 1048576 bytes")
                .doesNotContain("OutOfMemoryError");
    }

    @Test
    void aJsonFileWithSeveralTopLevelValuesReadsEachAndRejectsWhatIsNotAProfile() throws IOException {
        Path concatenated = write("several.json", "{\"id\":\"a\"}\n{\"id\":\"b\"}{\"id\":\"c\"}\n");
        Path arrays = write("arrays.json", """
                [{"id":"d"}, {"id":"e"} {"id":"missing-comma"}, , {"id":"f"}]
                garbage
                [{"id":"g", "id":"h"}, {"id":"i", "routing": {"asn": }}, {"id":"j"}]
                """);

        Evaluated run = evaluate(concatenated, arrays);

        assertThat(run.ids()).containsExactly("a", "b", "c", "d", "e", "f", "j");
        assertThat(run.err()).contains("12 read, 7 evaluated, 5 rejected");
        assertThat(run.reject(0)).contains("a ',' is missing before this profile");
        assertThat(run.reject(1)).contains("an empty place in the list");
        assertThat(run.reject(2)).contains("malformed JSON", "garbage");
        assertThat(run.rejects().get(2).get("line").asInt()).isEqualTo(2);
        assertThat(run.reject(3)).contains("\"field\":\"id\"", "given twice");
        assertThat(run.reject(4)).contains("malformed JSON", "(at column ")
                .doesNotContain("Source", "REDACTED", "StreamReadFeature", "code ");
    }

    @Test
    void aCsvRowWithTooFewCellsIsRejectedLikeOneWithTooMany() throws IOException {
        Path csv = write("ragged.csv", "id,name,routing.asn\nok-1,One,65010\nshort,Two\nlong,Three,65010,extra\nok-2,,\n");

        Evaluated run = evaluate(csv);

        assertThat(run.ids()).containsExactly("ok-1", "ok-2");
        assertThat(run.reject(0)).contains("the row has 2 cells but the header names 3 columns");
        assertThat(run.reject(1)).contains("the row has 4 cells but the header names 3 columns");
    }

    @Test
    void aCsvColumnNamedTwiceRejectsEveryRowNamingTheColumn() throws IOException {
        Path csv = write("twice.csv", "id,routing.asn,name,routing.asn\na,65010,A,65020\nb,65011,B,65021\n");

        Evaluated run = evaluate(csv);

        assertThat(run.err()).contains("2 read, 0 evaluated, 2 rejected");
        assertThat(run.rejects()).allSatisfy(r -> assertThat(r.toString())
                .contains("column 'routing.asn' appears twice in the header (columns 2 and 4)"));
    }

    @Test
    void invalidUtf8IsARejectNamingLineAndColumnAndTheRestIsRead() throws IOException {
        Path ndjson = write("latin1.ndjson", bytes(BOM, "{\"id\":\"ok-1\"}\n{\"id\":\"caf",
                new byte[]{(byte) 0xE9}, "\"}\n{\"id\":\"ok-2\"}\n"));
        Path csv = write("latin1.csv", bytes(BOM, "id,name\nok-3,x\nbad,Caf", new byte[]{(byte) 0xE9}, "\nok-4,y\n"));
        Path json = write("latin1.json", bytes(BOM, "[{\"id\":\"ok-5\"},\n {\"id\":\"na",
                new byte[]{(byte) 0xFF}, "me\"}, {\"id\":\"ok-6\"}]"));

        Evaluated run = evaluate(ndjson, csv, json);

        assertThat(run.ids()).containsExactly("ok-1", "ok-2", "ok-3", "ok-4", "ok-5", "ok-6");
        assertThat(run.err()).contains("9 read, 6 evaluated, 3 rejected");
        assertThat(run.reject(0)).contains("not valid UTF-8", "byte 0xE9 at column 11");
        assertThat(run.rejects().get(0).get("line").asInt()).isEqualTo(2);
        assertThat(run.reject(1)).contains("not valid UTF-8", "byte 0xE9 at line 3, column 8");
        assertThat(run.reject(2)).contains("not valid UTF-8", "byte 0xFF at line 2, column 11");
    }

    @Test
    void utf16AndUtf32InputsAreRefusedByNameNotMisread() throws IOException {
        String text = "{\"id\":\"a\"}\n{\"id\":\"b\"}\n";
        Path withBom = write("bom16.ndjson", bytes(new byte[]{(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)));
        Path withoutBom = write("plain16.json", text.getBytes(StandardCharsets.UTF_16BE));
        Path utf32 = write("wide.csv", bytes(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0, 'i', 0, 0, 0}));

        Evaluated run = evaluate(withBom, withoutBom, utf32);

        assertThat(run.err()).contains("3 read, 0 evaluated, 3 rejected");
        assertThat(run.reject(0)).contains("the input is UTF-16 (little-endian) text", "save it as UTF-8");
        assertThat(run.reject(1)).contains("UTF-16 or UTF-32 text");
        assertThat(run.reject(2)).contains("UTF-32 (little-endian) text");
    }

    @Test
    void anIdWithALoneSurrogateIsRejectedSoEveryOutputStaysValidText() throws IOException {
        Path input = write("surrogate.ndjson", "{\"id\":\"x\\ud800y\"}\n{\"id\":\"fine\"}\n");

        Evaluated run = evaluate(input);

        assertThat(run.ids()).containsExactly("fine");
        assertThat(run.rejects()).singleElement().satisfies(r -> {
            assertThat(r.has("id")).isFalse();
            assertThat(r.get("errors").get(0).get("field").asText()).isEqualTo("id");
            assertThat(r.get("errors").get(0).get("reason").asText()).contains("lone surrogate");
        });
        CliRun csv = CliRun.of("evaluate", "--format", "csv", "--rejects", folder.resolve("r.ndjson").toString(),
                input.toString());
        assertThat(csv.out()).contains("fine").doesNotContain("\ud800");
    }

    @Test
    void aFolderGivenAsInputIsAUsageErrorSayingSo() throws IOException {
        Path dir = Files.createDirectory(folder.resolve("exports.json"));

        CliRun run = CliRun.of("evaluate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(dir + ": is a folder, not a file").doesNotContain("no such file");
    }

    @Test
    void anUnreadableInputIsAUsageErrorSayingPermissionDenied() throws IOException {
        Path input = write("locked.ndjson", "{\"id\":\"a\"}\n");
        Files.setPosixFilePermissions(input, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(input)).as("a user who can read any file (root) cannot see this").isFalse();

        CliRun run = CliRun.of("evaluate", input.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(input + ": permission denied").doesNotContain("internal failure");
    }

    // ---- support ----------------------------------------------------------------------------------------

    private record Evaluated(int exitCode, String out, String err, List<JsonNode> rejects) {
        List<String> ids() {
            return out.lines().map(line -> json(line).get("customerId").asText()).toList();
        }

        String reject(int i) {
            return rejects.get(i).toString();
        }
    }

    private Evaluated evaluate(Path... inputs) throws IOException {
        return evaluate(List.of(), inputs);
    }

    private Evaluated evaluate(List<String> options, Path... inputs) throws IOException {
        Path rejects = folder.resolve("rejects.ndjson");
        List<String> args = new ArrayList<>(List.of("evaluate", "--format", "ndjson", "--rejects", rejects.toString()));
        args.addAll(options);
        Arrays.stream(inputs).map(Path::toString).forEach(args::add);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        List<JsonNode> rejected = Files.exists(rejects)
                ? Files.readAllLines(rejects, StandardCharsets.UTF_8).stream().map(PortfolioInputTest::json).toList()
                : List.of();
        return new Evaluated(run.exitCode(), run.out(), run.err(), rejected);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    /** Byte arrays as they are, strings as UTF-8, one after another. */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] b = part instanceof byte[] raw ? raw : ((String) part).getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }

    private static JsonNode json(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
