package com.expressrouteadvisor.service;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Receives the whole request body before the routes see it, without holding a thread while it arrives: the
 * routes read the body with blocking calls, so a slow client would otherwise keep a request thread for as long
 * as it takes to send its body, and a few hundred of them would leave none for anybody else, health probes
 * included. The body is copied into one array of at most the body limit; a body over the limit is read on and
 * thrown away up to the limit again (so that the client, still sending, reads the 413 instead of a reset
 * connection) and the request goes on marked {@link #TOO_LARGE}, for the routes to refuse. A client that goes
 * away mid-body is counted and logged as such, not as a server failure; a malformed body framing (a bad chunk
 * size) is a 400.
 */
final class RequestBodyLoader extends Handler.Wrapper {

    /** Request attribute: why the body was refused as too large (e.g. "1048577 bytes"). */
    static final String TOO_LARGE = "com.expressrouteadvisor.service.bodyTooLarge";
    /**
     * Request attribute: the whole body as received, a {@code ByteBuffer} over its array, for the routes to take
     * as it is rather than copy once more through the servlet input stream; absent when there was no body to load.
     */
    static final String BODY = "com.expressrouteadvisor.service.body";
    private static final Logger LOG = LoggerFactory.getLogger(RequestBodyLoader.class);

    private final long maxBodyBytes;
    private final long discardBytes;
    private final RequestReadDeadline deadline;
    private final ServiceMetrics metrics;

    RequestBodyLoader(long maxBodyBytes, RequestReadDeadline deadline, ServiceMetrics metrics) {
        this.maxBodyBytes = maxBodyBytes;
        this.discardBytes = Math.max(maxBodyBytes, 64 * 1024);
        this.deadline = deadline;
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        metrics.requestStarted();
        Request.addCompletionListener(request, failure -> {
            metrics.requestEnded();
            deadline.answered(request);
        });
        long announced = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (announced == 0 || (announced < 0 && !chunked)) {
            deadline.headersReceived(request, null);
            deadline.received(request);
            return super.handle(request, response, callback);
        }
        if (announced > maxBodyBytes + discardBytes) {
            // Too much to read and throw away: refuse unread; the connection is closed after the answer.
            deadline.headersReceived(request, null);
            deadline.received(request);
            request.setAttribute(TOO_LARGE, announced + " bytes");
            return super.handle(new Request.Wrapper(request) {
                @Override
                public Content.Chunk read() {
                    return Content.Chunk.EOF;
                }
            }, response, callback);
        }
        Loading loading = new Loading(request, response, callback, announced);
        deadline.headersReceived(request, loading);
        loading.read();
        return true;
    }

    /** One body being received. */
    final class Loading implements Runnable {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final AtomicBoolean finished = new AtomicBoolean();
        private byte[] body;
        private int kept;
        private long received;

        Loading(Request request, Response response, Callback callback, long announced) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.body = new byte[(int) Math.min(announced > 0 ? announced : 8192, maxBodyBytes + 1)];
        }

        /** Called again by Jetty whenever more of the body has arrived. */
        @Override
        public void run() {
            read();
        }

        void read() {
            while (!finished.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    failed(chunk.getFailure());
                    return;
                }
                boolean last = chunk.isLast();
                keep(chunk.getByteBuffer());
                chunk.release();
                if (last) {
                    complete();
                    return;
                }
                if (received > maxBodyBytes + discardBytes) {
                    complete(); // the rest stays unread; the connection is closed after the answer
                    return;
                }
            }
        }

        private void keep(ByteBuffer bytes) {
            int length = bytes.remaining();
            received += length;
            int room = (int) Math.min(length, maxBodyBytes + 1 - kept);
            if (room <= 0) {
                return;
            }
            if (kept + room > body.length) {
                body = Arrays.copyOf(body, (int) Math.min(maxBodyBytes + 1, Math.max(kept + room, 2L * body.length)));
            }
            bytes.get(body, kept, room);
            kept += room;
        }

        private void complete() {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            deadline.received(request);
            Request next;
            if (received > maxBodyBytes) {
                request.setAttribute(TOO_LARGE, "more than " + maxBodyBytes + " bytes");
                next = new BodyRequest(request, new byte[0], 0);
            } else {
                next = new BodyRequest(request, body, kept);
                request.setAttribute(BODY, ByteBuffer.wrap(body, 0, kept).slice());
            }
            try {
                if (!RequestBodyLoader.super.handle(next, response, callback)) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                }
            } catch (Throwable failure) {
                Response.writeError(request, response, callback, failure);
            }
        }

        private void failed(Throwable failure) {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
            boolean gone = !endPoint.isOpen() || endPoint.isInputShutdown();
            if (failure instanceof HttpException && !gone) {
                // The body's framing is broken (a bad chunk size): the client's fault, answered as a 400.
                Response.writeError(request, response, callback, failure);
                return;
            }
            metrics.clientClosed(request.getMethod(), Request.getPathInContext(request),
                    System.nanoTime() - request.getBeginNanoTime());
            LOG.debug("{} {}: the client went away while sending the body ({})", request.getMethod(),
                    Request.getPathInContext(request), failure.toString());
            callback.failed(failure);
        }

        /** The read timeout passed before the whole body arrived: 408, and the connection is closed. */
        void timedOut() {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            LOG.debug("{} {}: the body did not arrive within the read timeout", request.getMethod(),
                    Request.getPathInContext(request));
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Response.writeError(request, response, callback, HttpStatus.REQUEST_TIMEOUT_408,
                    "the request did not arrive within the read timeout of " + deadline.limit().toSeconds() + " s");
        }
    }

    /** The request with its body already in memory: reads never wait. */
    private static final class BodyRequest extends Request.Wrapper {

        private final ByteBuffer content;
        private boolean read;

        BodyRequest(Request request, byte[] body, int length) {
            super(request);
            this.content = ByteBuffer.wrap(body, 0, length);
        }

        @Override
        public synchronized Content.Chunk read() {
            if (read) {
                return Content.Chunk.EOF;
            }
            read = true;
            return Content.Chunk.from(content, true);
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }
    }
}
