package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code advisor serve} as a process: its options, its logs, and a graceful stop on SIGTERM. */
class ServeCommandTest {

    private static final Pattern LISTENING = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)");

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void finishesTheRequestInFlightOnSigtermThenExits(@TempDir Path logs) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AdvisorCommand.class.getName(),
                "serve", "--host", "127.0.0.1", "--port", "0", "--rules", "rules", "--reference", "facts/reference",
                "--read-timeout", "600", "--shutdown-timeout", "600");
        builder.environment().put("ADVISOR_ADMIN_TOKEN", "process-token");
        builder.environment().remove("ADVISOR_ACCESS_LOG_LEVEL");
        builder.environment().remove("ADVISOR_API_TOKEN");
        // Files, not pipes: a pipe read while the process exits may lose its last lines.
        Path stdoutFile = logs.resolve("stdout");
        Path stderrFile = logs.resolve("stderr");
        builder.redirectOutput(stdoutFile.toFile()).redirectError(stderrFile.toFile());
        Process process = builder.start();
        try {
            int port = awaitPort(stderrFile);
            // Every request on a connection of its own that the service closes after answering: a kept-alive
            // connection would stay open through the stop, which waits for connections to close.
            assertThat(once(port, "GET /health", "")).startsWith("HTTP/1.1 200");
            assertThat(jitCompilerThreadNiceValues(process.pid()))
                    .as("the JIT compiles in the time requests leave idle").isNotEmpty().containsOnly(19);
            assertThat(once(port, "POST /v1/rules/reload", "Authorization: Bearer process-token\r\nContent-Length: 0\r\n"))
                    .as("the token comes from ADVISOR_ADMIN_TOKEN").startsWith("HTTP/1.1 200");

            byte[] manyProfiles = manyProfiles(3);
            int expected = Json.mapper().readTree(manyProfiles).size();
            String answer;
            try (Socket inFlight = new Socket("127.0.0.1", port)) {
                inFlight.setSoTimeout((int) TimeUnit.MINUTES.toMillis(2));
                OutputStream out = inFlight.getOutputStream();
                // All but the last byte of the body: the request is surely in flight when SIGTERM comes.
                out.write(("POST /v1/evaluations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + manyProfiles.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(manyProfiles, 0, manyProfiles.length - 1);
                out.flush();
                awaitLine(() -> once(port, "GET /metrics", ""), "advisor_http_requests_active ([2-9]|\\d\\d)");

                process.destroy(); // SIGTERM
                awaitLine(() -> Files.readString(stderrFile), ".*Decision service stopping");
                out.write(manyProfiles, manyProfiles.length - 1, 1);
                out.flush();
                answer = new String(inFlight.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }

            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("the JVM's status after SIGTERM").isEqualTo(143);
            assertThat(answer).startsWith("HTTP/1.1 200");
            assertThat(Json.mapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4)).size())
                    .isEqualTo(expected);
            assertThat(Files.readString(stderrFile)).contains("Decision service stopping", "Decision service stopped");
            List<String> stdout = Files.readAllLines(stdoutFile);

            JsonNode access = stdout.stream().map(ServeCommandTest::json)
                    .filter(line -> "/health".equals(line.path("path").asText())).findFirst().orElseThrow();
            assertThat(stdout.stream().map(ServeCommandTest::json)
                    .filter(line -> "/v1/evaluations".equals(line.path("path").asText())))
                    .as("the in-flight request's access log line is written before the process ends")
                    .singleElement().satisfies(line -> assertThat(line.get("status").asInt()).isEqualTo(200));
            assertThat(access.get("method").asText()).isEqualTo("GET");
            assertThat(access.get("status").asInt()).isEqualTo(200);
            assertThat(access.has("durationMs")).isTrue();
            assertThat(access.get("requestId").asText()).isNotBlank();
            assertThat(stdout).allSatisfy(line -> assertThat(json(line).has("@timestamp")).as(line).isTrue());
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void refusesToServeRulesThatDoNotCompileWithExitCode3(@TempDir Path rules) throws IOException {
        Files.writeString(rules.resolve("broken.drl"), "package expressroute;\nrule \"x\" when Customer( then end\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = AdvisorCommand.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(err),
                "serve", "--host", "127.0.0.1", "--port", "0", "--rules", rules.toString());

        assertThat(exit).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(err.toString(StandardCharsets.UTF_8)).containsPattern("broken\\.drl:\\d+:\\d+: ");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "--port, 70000, --port 70000",
            "--max-profiles, 0, --max-profiles",
            "--reload-warm-up-evaluations, -1, --reload-warm-up-evaluations",
            "--reload-warm-up, -1, --reload-warm-up"})
    void refusesAnOptionOutOfRangeAsAUsageErrorNamingIt(String option, String value, String named) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = AdvisorCommand.run(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err), "serve", option, value);

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(named);
    }

    /** The nice value of each of the process's JIT compiler threads, from /proc (Linux). */
    private static List<Integer> jitCompilerThreadNiceValues(long pid) throws IOException {
        List<Integer> nice = new java.util.ArrayList<>();
        try (var threads = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path thread : threads) {
                if (Files.readString(thread.resolve("comm")).matches("C[12] CompilerThre.*\\s*")) {
                    String stat = Files.readString(thread.resolve("stat"));
                    // after "pid (comm) ": state is field 3, nice field 19
                    nice.add(Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]));
                }
            }
        }
        return nice;
    }

    /** The sample portfolio repeated. */
    private static byte[] manyProfiles(int copies) throws IOException {
        JsonNode portfolio = Json.mapper().readTree(Files.readAllBytes(Path.of("facts", "samples", "portfolio.json")));
        ArrayNode many = Json.mapper().createArrayNode();
        for (int i = 0; i < copies; i++) {
            many.addAll((ArrayNode) portfolio);
        }
        return Json.mapper().writeValueAsBytes(many);
    }

    /** One request on a connection of its own, closed after the answer; the whole answer as text. */
    private static String once(int port, String requestLine, String headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) TimeUnit.MINUTES.toMillis(2));
            socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + headers
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    interface Text {
        String read() throws IOException, InterruptedException;
    }

    /** Polls until a line of the text matches, for at most 90 s. */
    private static void awaitLine(Text text, String regex) throws IOException, InterruptedException {
        Pattern line = Pattern.compile("(?m)^" + regex);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String last = text.read();
        while (!line.matcher(last).find()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no line matching " + regex + " within 90 s:\n" + last);
            }
            Thread.sleep(50); // polling a condition, with a bound
            last = text.read();
        }
    }

    private static int awaitPort(Path stderr) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(Files.readString(stderr));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the service did not start:\n" + Files.readString(stderr));
    }

    private static JsonNode json(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
