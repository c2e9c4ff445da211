package com.expressrouteadvisor.service;

import java.util.Map;

/** Ends a request with an {@link ApiError}; thrown by handlers, turned into the response in one place. */
final class ApiException extends RuntimeException {

    private final transient ApiError error;
    private final transient Map<String, String> headers;

    ApiException(ApiError error) {
        this(error, Map.of());
    }

    ApiException(ApiError error, Map<String, String> headers) {
        super(error.message(), null, false, false); // an answer to the client, not a failure: no stack trace
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    ApiError error() {
        return error;
    }

    Map<String, String> headers() {
        return headers;
    }
}
