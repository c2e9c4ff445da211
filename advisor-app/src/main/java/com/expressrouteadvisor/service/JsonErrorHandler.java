package com.expressrouteadvisor.service;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Errors Jetty answers before a route runs (a malformed request line, 503 while shutting down) in the same
 * JSON shape as every other error, never an HTML page and never a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final BooleanSupplier stopping;

    /** @param stopping whether a 503 means the service is shutting down rather than busy */
    JsonErrorHandler(BooleanSupplier stopping) {
        this.stopping = stopping;
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        if (!generateAcceptableResponse(request, response, callback, Responses.JSON,
                List.of(StandardCharsets.UTF_8), code, message, cause)) {
            callback.succeeded();
        }
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        ErrorCode error = ErrorCode.forStatus(code);
        String text = message != null && !message.isBlank() ? message : "HTTP " + code;
        if (code == 503 && stopping.getAsBoolean()) {
            text = "the service is shutting down; retry on another instance";
        } else if (code == 503) {
            error = ErrorCode.BUSY;
            text = "too many evaluations are waiting for a turn; retry shortly";
        }
        writer.write(new String(Responses.bytes(ApiError.of(error, text)), StandardCharsets.UTF_8));
    }
}
