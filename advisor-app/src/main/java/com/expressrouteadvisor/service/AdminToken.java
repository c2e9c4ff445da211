package com.expressrouteadvisor.service;

/**
 * The admin token that guards rule reloads over HTTP, from {@code ADVISOR_ADMIN_TOKEN}. Without it, reload
 * over HTTP is disabled. Compared in constant time ({@link BearerToken}).
 */
public final class AdminToken {

    public static final String ENVIRONMENT_VARIABLE = "ADVISOR_ADMIN_TOKEN";

    private final BearerToken token;

    private AdminToken(BearerToken token) {
        this.token = token;
    }

    /** The token from {@value #ENVIRONMENT_VARIABLE}; disabled when it is not set or blank. */
    public static AdminToken fromEnvironment() {
        return of(System.getenv(ENVIRONMENT_VARIABLE));
    }

    /** A token with the given value; {@code null} or blank disables reload over HTTP. */
    public static AdminToken of(String token) {
        return new AdminToken(BearerToken.of(token));
    }

    public static AdminToken disabled() {
        return of(null);
    }

    public boolean enabled() {
        return token.enabled();
    }

    /** Whether an {@code Authorization} header carries this token as {@code Bearer <token>}. */
    public boolean admits(String authorizationHeader) {
        return token.admits(authorizationHeader);
    }

    @Override
    public String toString() {
        return enabled() ? "AdminToken[set]" : "AdminToken[disabled]"; // never the token itself
    }
}
