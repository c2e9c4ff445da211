package com.expressrouteadvisor.service;

import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;

import java.io.UncheckedIOException;

/** Writes JSON answers with the product's one JSON configuration. */
final class Responses {

    static final String JSON = "application/json";
    static final String REQUEST_ID = "X-Request-Id";
    static final String RULE_SET_VERSION = "X-Rule-Set-Version";

    private Responses() {
    }

    static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType(JSON).result(bytes(body));
    }

    static void error(Context ctx, ApiError error) {
        json(ctx, error.status(), error.withRequestId(ctx.attribute(REQUEST_ID)));
    }

    static byte[] bytes(Object body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a response as JSON", e);
        }
    }
}
