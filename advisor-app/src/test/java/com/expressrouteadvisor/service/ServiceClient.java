package com.expressrouteadvisor.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Talks to a service on loopback over real HTTP, as any other program would. */
final class ServiceClient {

    static final String JSON = "application/json";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    ServiceClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResult get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResult post(String path, String contentType, String body, String... headers) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResult post(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpResult evaluate(String json) {
        return post("/v1/evaluations", JSON, json);
    }

    HttpResult reload(String token) {
        return token == null ? post("/v1/rules/reload", null, new byte[0])
                : post("/v1/rules/reload", null, new byte[0], "Authorization", "Bearer " + token);
    }

    HttpResult send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpResult(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create(base + path);
    }
}
