package com.expressrouteadvisor.service;

import java.util.Set;

/**
 * The label values of the request meters, each from a closed set: a label taken from the request as sent
 * (a made-up method, a random path) would give every caller a new series to add, and the scrape would grow
 * without end.
 */
final class HttpLabels {

    static final String OTHER_METHOD = "OTHER";
    static final String UNMATCHED_ROUTE = "unmatched";
    /** The client went away before the answer: not a server failure, so not a 5xx. */
    static final String CLIENT_CLOSED = "client_closed";
    /** The status recorded for such a request (nginx's "client closed request"); never sent. */
    static final int CLIENT_CLOSED_STATUS = 499;

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
            "TRACE", "CONNECT");
    private static final Set<String> ROUTES = Set.of(EvaluationEndpoint.PATH, EvaluationEndpoint.PLANS_PATH, RulesEndpoint.PATH,
            RulesEndpoint.RELOAD_PATH, "/health", "/health/live", "/health/ready", "/metrics", "/openapi.json");
    private static final Set<Integer> STATUSES = Set.of(200, 400, 401, 404, 405, 408, 413, 415, 422, 500, 503);

    private HttpLabels() {
    }

    static String method(String method) {
        return METHODS.contains(method) ? method : OTHER_METHOD;
    }

    static String route(String path) {
        return ROUTES.contains(path) ? path : UNMATCHED_ROUTE;
    }

    /** The statuses the service answers with as they are; any other by its class ({@code 4xx}). */
    static String status(int status) {
        if (status == CLIENT_CLOSED_STATUS) {
            return CLIENT_CLOSED;
        }
        if (STATUSES.contains(status)) {
            return Integer.toString(status);
        }
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }
}
