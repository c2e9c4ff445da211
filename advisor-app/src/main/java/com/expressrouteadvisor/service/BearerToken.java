package com.expressrouteadvisor.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * A secret presented as {@code Authorization: Bearer <token>}. Tokens are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, so the time taken says nothing about how much of a guess was right, not
 * even its length.
 */
final class BearerToken {

    private static final String BEARER = "bearer ";

    private final byte[] digest;

    private BearerToken(byte[] digest) {
        this.digest = digest;
    }

    /** A token with the given value; {@code null} or blank gives a disabled token, which admits nobody. */
    static BearerToken of(String token) {
        return token == null || token.isBlank() ? new BearerToken(null) : new BearerToken(sha256(token.strip()));
    }

    boolean enabled() {
        return digest != null;
    }

    /** Whether an {@code Authorization} header carries this token as {@code Bearer <token>}. */
    boolean admits(String authorizationHeader) {
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
}
