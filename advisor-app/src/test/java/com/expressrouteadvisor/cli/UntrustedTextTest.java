package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Ids and values a parser accepts but a terminal or an encoder would trip on never cost the run. */
class UntrustedTextTest {

    private static final Pattern COUNTS = Pattern.compile("(\\d+) read, (\\d+) evaluated, (\\d+) rejected");

    @TempDir
    Path folder;

    @Test
    void loneSurrogatesNeverLoseTheRunInAnyFormat() throws IOException {
        Path input = Files.writeString(folder.resolve("odd.ndjson"), """
                {"id":"x\\ud800y","name":"Broken \\udc00 Name","connectivity":{"peeringLocation":"Ams\\ud800"}}
                {"id":"plain-id"}
                {"id":"r\\udc00","routing":{"asn":"A\\ud800"}}
                """);

        for (String format : List.of("json", "ndjson", "csv", "table", "html")) {
            Path out = folder.resolve("results." + format);
            Path rejects = folder.resolve("rejects-" + format + ".ndjson");

            CommandLineRunner run = CommandLineRunner.run("evaluate", "--format", format, "--out", out.toString(),
                    "--rejects", rejects.toString(), input.toString());

            assertThat(run.exitCode()).as(format + ": " + run.err()).isEqualTo(ExitCodes.RECORDS_REJECTED);
            assertThat(run.err()).doesNotContain("internal failure");
            Matcher counts = COUNTS.matcher(run.err());
            assertThat(counts.find()).as(run.err()).isTrue();
            assertThat(Long.parseLong(counts.group(1))).isEqualTo(3)
                    .isEqualTo(Long.parseLong(counts.group(2)) + Long.parseLong(counts.group(3)));
            assertThat(out).exists();
            for (String line : Files.readAllLines(rejects)) {
                assertThat(Json.mapper().readTree(line).get("source").asText()).endsWith("odd.ndjson");
            }
        }
    }

    @Test
    void rejectLinesShowControlCharactersEscapedWhileTheRejectsFileKeepsThemExact() throws IOException {
        Path input = Files.writeString(folder.resolve("hostile.ndjson"),
                "{\"id\":\"\\u001b[2J\\u001b[31mred\\u202eevil\",\"routing\":{\"asn\":\"\\u009b1m\"}}\n");
        Path rejects = folder.resolve("rejects.ndjson");

        CommandLineRunner run = CommandLineRunner.run("evaluate", "--format", "ndjson", "--rejects", rejects.toString(),
                input.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORDS_REJECTED);
        assertThat(run.err()).contains("customer '\\u001b[2J\\u001b[31mred\\u202eevil'").contains("\\u009b1m");
        assertThat(run.err().chars().filter(c -> c == 0x1b || c == 0x9b || c == 0x202e)).isEmpty();
        JsonNode reject = Json.mapper().readTree(Files.readAllLines(rejects).get(0));
        assertThat(reject.get("id").asText()).isEqualTo("\u001b[2J\u001b[31mred\u202eevil");
    }
}
