package com.expressrouteadvisor.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One TCP connection to the service from a chosen loopback address (127.0.0.2, 127.0.0.3, … are all this
 * machine, and to the service each is another client), for what an HTTP client library will not do: send
 * half a request, trickle bytes, or a request line no client would send. Reads wait at most the given bound,
 * so a test fails rather than hangs when the service never answers.
 */
final class RawConnection implements AutoCloseable {

    /** What came back: an answer, the connection closed without one, or nothing within the bound. */
    record Answer(String text, boolean closed, boolean timedOut) {

        int status() {
            return text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
        }

        String body() {
            int at = text.indexOf("\r\n\r\n");
            return at < 0 ? "" : text.substring(at + 4);
        }
    }

    private final Socket socket = new Socket();

    RawConnection(String fromAddress, int port, Duration readBound) {
        try {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout((int) readBound.toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the text; false when the service has closed the connection (a failed write is an answer too). */
    boolean send(String text) {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    boolean send(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Everything until the service closes the connection (or the bound passes). */
    Answer readToEnd() {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                got.write(buffer, 0, n);
            }
            return new Answer(got.toString(StandardCharsets.UTF_8), true, false);
        } catch (SocketTimeoutException e) {
            return new Answer(got.toString(StandardCharsets.UTF_8), false, true);
        } catch (IOException e) { // reset by the service: closed too
            return new Answer(got.toString(StandardCharsets.UTF_8), true, false);
        }
    }

    /** One answer on a kept-alive connection: the headers, then as many body bytes as Content-Length says. */
    Answer readOne() {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            int b;
            while (!got.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                if ((b = in.read()) < 0) {
                    return new Answer(got.toString(StandardCharsets.UTF_8), true, false);
                }
                got.write(b);
            }
            String head = got.toString(StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
            int at = head.indexOf("content-length:");
            int length = at < 0 ? 0 : Integer.parseInt(head.substring(at + 15, head.indexOf("\r\n", at)).strip());
            got.write(in.readNBytes(length));
            return new Answer(got.toString(StandardCharsets.UTF_8), false, false);
        } catch (SocketTimeoutException e) {
            return new Answer(got.toString(StandardCharsets.UTF_8), false, true);
        } catch (IOException e) {
            return new Answer(got.toString(StandardCharsets.UTF_8), true, false);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
