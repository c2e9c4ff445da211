package com.expressrouteadvisor.service;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send slowly or open many connections, each from a loopback address of its own, against a
 * service with a short read timeout: they are cut off, and the other clients are answered meanwhile. Slow
 * clients trickle a byte at a fixed pace, as the attack does, which restarts Jetty's idle timeout every
 * time; the tests wait on what the service does, never for a fixed time.
 */
class SlowClientHttpTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static final int PER_CLIENT = 40;
    /** How long a test waits for the service to act: far beyond the read timeout, even on a busy machine. */
    private static final Duration BOUND = Duration.ofSeconds(90);
    private static DecisionService service;
    private static ServiceClient client;
    private static ScheduledExecutorService trickle;

    @BeforeAll
    static void start() {
        service = DecisionService.start(ServiceSettings.defaults(TestFolders.RULES, TestFolders.REFERENCE)
                .withListener("127.0.0.1", 0)
                .withLimits(ServiceLimits.defaults().withReadTimeout(READ_TIMEOUT).withConnections(1024, PER_CLIENT)));
        client = new ServiceClient(service.port());
        trickle = Executors.newScheduledThreadPool(2);
    }

    @AfterAll
    static void stop() {
        trickle.shutdownNow();
        service.stop();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void answersOtherClientsWhileThreeHundredConnectionsTrickleTheirBodies() {
        List<RawConnection> slow = new CopyOnWriteArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                RawConnection connection = new RawConnection("127.0.0.2", service.port(), BOUND);
                slow.add(connection);
                connection.send("POST /v1/evaluations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n{");
            }
            trickle.scheduleAtFixedRate(() -> slow.forEach(connection -> connection.send(" ")), 500, 500,
                    TimeUnit.MILLISECONDS);

            HttpResult health = client.get("/health");
            HttpResult evaluation = client.evaluate(TestFolders.read(TestFolders.ONE_CUSTOMER));

            assertThat(health.status()).isEqualTo(200);
            assertThat(evaluation.status()).isEqualTo(200);
        } finally {
            slow.forEach(RawConnection::close);
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void answers408ToABodyStillArrivingAfterTheReadTimeout() {
        try (RawConnection connection = new RawConnection("127.0.0.4", service.port(), BOUND)) {
            connection.send("POST /v1/evaluations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n{");
            var pace = trickle.scheduleAtFixedRate(() -> connection.send(" "), 500, 500, TimeUnit.MILLISECONDS);

            RawConnection.Answer answer = connection.readToEnd();
            pace.cancel(false);

            assertThat(answer.timedOut()).as("the service never answered").isFalse();
            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.body()).contains("\"REQUEST_TIMEOUT\"");
            assertThat(answer.closed()).isTrue();
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void closesAConnectionWhoseHeadersAreStillArrivingAfterTheReadTimeout() {
        try (RawConnection connection = new RawConnection("127.0.0.5", service.port(), BOUND)) {
            connection.send("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ");
            var pace = trickle.scheduleAtFixedRate(() -> connection.send("a"), 500, 500, TimeUnit.MILLISECONDS);

            RawConnection.Answer answer = connection.readToEnd();
            pace.cancel(false);

            assertThat(answer.timedOut()).as("the connection was still open").isFalse();
            assertThat(answer.closed()).isTrue();
            assertThat(answer.text()).doesNotContain("200 OK");
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void closesConnectionsBeyondThePerClientLimitAndServesOtherClients() {
        List<RawConnection> connections = new ArrayList<>();
        try {
            for (int i = 0; i <= PER_CLIENT; i++) {
                connections.add(new RawConnection("127.0.0.3", service.port(), BOUND));
            }
            int answered = 0;
            int closed = 0;
            for (RawConnection connection : connections) {
                // Kept alive: every connection answered stays open, so the count the limit sees never drops.
                connection.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
                RawConnection.Answer answer = connection.readOne();
                assertThat(answer.timedOut()).isFalse();
                if (answer.status() == 200) {
                    answered++;
                } else if (answer.closed() && answer.text().isEmpty()) {
                    closed++;
                }
            }

            assertThat(answered).isEqualTo(PER_CLIENT);
            assertThat(closed).isEqualTo(1);
            assertThat(client.get("/health").status()).as("another client").isEqualTo(200);
            assertThat(client.get("/metrics").body())
                    .containsPattern("advisor_http_connections_refused_total\\{reason=\"per_client_limit\"} [1-9]");
        } finally {
            connections.forEach(RawConnection::close);
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void countsAClientThatLeavesMidBodyApartFromServerErrors() throws InterruptedException {
        try (RawConnection connection = new RawConnection("127.0.0.6", service.port(), BOUND)) {
            connection.send("POST /v1/evaluations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"id\": ");
            // Leave only once the service is receiving the body: this request and the scrape itself are active.
            awaitMetrics(metrics -> metrics.matches("(?s).*\nadvisor_http_requests_active ([2-9]|\\d\\d).*"));
        }

        String metrics = awaitMetrics(text -> text.contains("status=\"client_closed\""));

        // At least this one: the other tests' slow clients, closed mid-body when they end, count here too.
        assertThat(metrics).containsPattern(
                "advisor_http_requests_seconds_count\\{method=\"POST\",route=\"/v1/evaluations\",status=\"client_closed\"} [1-9]");
        assertThat(metrics).doesNotContain("status=\"500\"");
    }

    private static String awaitMetrics(java.util.function.Predicate<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        String metrics = client.get("/metrics").body();
        while (!condition.test(metrics) && System.nanoTime() < deadline) {
            Thread.sleep(50); // polling a condition, with a bound
            metrics = client.get("/metrics").body();
        }
        return metrics;
    }
}
