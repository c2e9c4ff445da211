package com.expressrouteadvisor.service;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A whole request, headers and body, must arrive within the read timeout. Jetty's idle timeout restarts with
 * every byte, so a client sending one byte every few seconds would otherwise keep a connection (and, while
 * the body is read, memory) for as long as it likes. A connection starts receiving a request when its first
 * bytes arrive after the previous answer (seen by its byte count) and has received it once the
 * {@link RequestBodyLoader} holds the whole body. Checked a few times per timeout by one daemon thread:
 * a request still arriving past its deadline gets 408 while its body is read, and a connection still
 * sending headers is closed.
 */
final class RequestReadDeadline implements Connection.Listener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RequestReadDeadline.class);

    private final long limitNanos;
    private final ServiceMetrics metrics;
    private final Map<Connection, Progress> connections = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "request-read-deadline");
        thread.setDaemon(true);
        return thread;
    });

    RequestReadDeadline(Duration limit, ServiceMetrics metrics) {
        this.limitNanos = limit.toNanos();
        this.metrics = metrics;
        long period = Math.max(10, Math.min(1000, limit.toMillis() / 4));
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    Duration limit() {
        return Duration.ofNanos(limitNanos);
    }

    @Override
    public void onOpened(Connection connection) {
        connections.put(connection, new Progress(connection.getBytesIn()));
    }

    @Override
    public void onClosed(Connection connection) {
        connections.remove(connection);
    }

    /** The headers are in; {@code body} is told when the deadline passes before the body is. */
    void headersReceived(Request request, RequestBodyLoader.Loading body) {
        Progress progress = progress(request);
        if (progress != null) {
            progress.headers(request.getBeginNanoTime(), body);
        }
    }

    /** The whole request is in: what happens next is up to the service, not the client. */
    void received(Request request) {
        Progress progress = progress(request);
        if (progress != null) {
            progress.received();
        }
    }

    /** The answer is sent: a kept-alive connection starts waiting for its next request. */
    void answered(Request request) {
        Progress progress = progress(request);
        if (progress != null) {
            progress.idle(request.getConnectionMetaData().getConnection().getBytesIn());
        }
    }

    private Progress progress(Request request) {
        return connections.get(request.getConnectionMetaData().getConnection());
    }

    private void sweep() {
        long now = System.nanoTime();
        connections.forEach((connection, progress) -> {
            try {
                Progress.Overdue overdue = progress.overdue(now, connection.getBytesIn(), limitNanos);
                if (overdue == Progress.Overdue.BODY) {
                    metrics.readTimeout();
                    progress.body().timedOut();
                } else if (overdue == Progress.Overdue.HEADERS) {
                    metrics.readTimeout();
                    LOG.debug("Closing {}: its request headers did not arrive within {} ms",
                            connection.getEndPoint().getRemoteSocketAddress(), limitNanos / 1_000_000);
                    connection.getEndPoint().close(new TimeoutException("request not received within the read timeout"));
                }
            } catch (RuntimeException e) {
                LOG.warn("Checking the read deadline of a connection failed", e);
            }
        });
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }

    /** Where one connection is in receiving its current request. */
    private static final class Progress {

        enum Overdue { NO, HEADERS, BODY }

        private static final long NONE = Long.MIN_VALUE;

        private long idleBytes;
        private long receivingSince = NONE;
        private boolean received;
        private RequestBodyLoader.Loading body;

        Progress(long bytesIn) {
            this.idleBytes = bytesIn;
        }

        synchronized void headers(long beganNanos, RequestBodyLoader.Loading body) {
            if (receivingSince == NONE || beganNanos - receivingSince < 0) {
                receivingSince = beganNanos;
            }
            this.received = false;
            this.body = body;
        }

        synchronized void received() {
            received = true;
            receivingSince = NONE;
            body = null;
        }

        synchronized void idle(long bytesIn) {
            received = false;
            receivingSince = NONE;
            body = null;
            idleBytes = bytesIn;
        }

        synchronized RequestBodyLoader.Loading body() {
            return body;
        }

        synchronized Overdue overdue(long now, long bytesIn, long limitNanos) {
            if (received) {
                return Overdue.NO;
            }
            if (receivingSince == NONE) {
                if (bytesIn != idleBytes) {
                    receivingSince = now; // first seen now: at most one check period late
                }
                return Overdue.NO;
            }
            if (now - receivingSince < limitNanos) {
                return Overdue.NO;
            }
            received = true; // act once
            return body != null ? Overdue.BODY : Overdue.HEADERS;
        }
    }
}
