package com.expressrouteadvisor.service;

/** The {@code error} codes of the service's JSON error bodies (CONTRACT §5), each with its HTTP status. */
public enum ErrorCode {
    /** A profile broke the rules of CONTRACT §3; {@code details} lists every field error by path. */
    INVALID_PROFILE(400),
    /** The body is not JSON at all; {@code details} says where the parser stopped. */
    MALFORMED_JSON(400),
    /** A query parameter has a value the service does not know. */
    INVALID_PARAMETER(400),
    /** The HTTP request itself is malformed (a bad header, a bad URI). */
    BAD_REQUEST(400),
    /** Reload without the right admin token, or with reload over HTTP disabled; or no valid API token. */
    UNAUTHORIZED(401),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    /** The request (headers and body) did not arrive within the read timeout. */
    REQUEST_TIMEOUT(408),
    /** The body is larger than the configured limit. */
    BODY_TOO_LARGE(413),
    /** The body holds more profiles than one request may. */
    TOO_MANY_PROFILES(413),
    /** The body is not {@code application/json} in UTF-8. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** A reload found rules that do not compile; the rule set in service did not change. */
    RULE_SET_INVALID(422),
    /** The rules could not finish one customer (a looping or failing rule). */
    EVALUATION_FAILED(500),
    /** Anything else that went wrong inside; the server log has the details, the body never a stack trace. */
    INTERNAL_ERROR(500),
    /** No rule set loaded yet, or the service is shutting down. */
    NOT_READY(503),
    /** Too many evaluation requests are waiting for a turn, or one waited too long. */
    BUSY(503);

    private final int status;

    /** The code for a status the server answers on its own (outside any route), e.g. 503 while stopping. */
    static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 408 -> REQUEST_TIMEOUT;
            case 413 -> BODY_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> NOT_READY;
            default -> status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
        };
    }

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
