package com.expressrouteadvisor.service;

/**
 * The optional token callers need for evaluations, {@code GET /v1/rules} and {@code GET /metrics}, from
 * {@code ADVISOR_API_TOKEN}. Without it those endpoints are open, as they always were: put the service
 * behind a gateway that authenticates callers, or listen on loopback only. Health probes and
 * {@code /openapi.json} never need it. Compared in constant time ({@link BearerToken}).
 */
public final class ApiToken {

    public static final String ENVIRONMENT_VARIABLE = "ADVISOR_API_TOKEN";

    private final BearerToken token;

    private ApiToken(BearerToken token) {
        this.token = token;
    }

    /** The token from {@value #ENVIRONMENT_VARIABLE}; disabled (endpoints open) when it is not set or blank. */
    public static ApiToken fromEnvironment() {
        return of(System.getenv(ENVIRONMENT_VARIABLE));
    }

    /** A token with the given value; {@code null} or blank leaves the endpoints open. */
    public static ApiToken of(String token) {
        return new ApiToken(BearerToken.of(token));
    }

    public static ApiToken disabled() {
        return of(null);
    }

    public boolean enabled() {
        return token.enabled();
    }

    /** Whether a request with this {@code Authorization} header may pass: always when no token is set. */
    public boolean admits(String authorizationHeader) {
        return !token.enabled() || token.admits(authorizationHeader);
    }

    @Override
    public String toString() {
        return enabled() ? "ApiToken[set]" : "ApiToken[disabled]"; // never the token itself
    }
}
