package com.expressrouteadvisor.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The admin token that guards rule reloads over HTTP, from {@code ADVISOR_ADMIN_TOKEN}. Without it, reload
 * over HTTP is disabled. Tokens are compared as SHA-256 digests with {@link MessageDigest#isEqual}, so the
 * time taken says nothing about how much of a guess was right, not even its length.
 */
public final class AdminToken {

    public static final String ENVIRONMENT_VARIABLE = "ADVISOR_ADMIN_TOKEN";
    private static final String BEARER = "bearer ";

    private final byte[] digest;

    private AdminToken(byte[] digest) {
        this.digest = digest;
    }

    /** The token from {@value #ENVIRONMENT_VARIABLE}; disabled when it is not set or blank. */
    public static AdminToken fromEnvironment() {
        return of(System.getenv(ENVIRONMENT_VARIABLE));
    }

    /** A token with the given value; {@code null} or blank disables reload over HTTP. */
    public static AdminToken of(String token) {
        return token == null || token.isBlank() ? disabled() : new AdminToken(sha256(token.strip()));
    }

    public static AdminToken disabled() {
        return new AdminToken(null);
    }

    public boolean enabled() {
        return digest != null;
    }

    /** Whether an {@code Authorization} header carries this token as {@code Bearer <token>}. */
    public boolean admits(String authorizationHeader) {
        Optional<String> presented = bearer(authorizationHeader);
        return enabled() && presented.isPresent() && MessageDigest.isEqual(digest, sha256(presented.get()));
    }

    private static Optional<String> bearer(String header) {
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return enabled() ? "AdminToken[set]" : "AdminToken[disabled]"; // never the token itself
    }
}
