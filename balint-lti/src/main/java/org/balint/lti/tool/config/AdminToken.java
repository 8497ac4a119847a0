package org.balint.lti.tool.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bearer token that opens the admin API ({@code balint.admin.token}). Without one the admin API
 * is switched off. A presented token is compared with the configured one in constant time (both are
 * hashed with SHA-256 first, so neither content nor length leaks through timing).
 */
public final class AdminToken {

    /** The shortest token accepted, in characters. */
    public static final int MINIMUM_LENGTH = 24;

    /** What a request's {@code Authorization} header amounts to. */
    public enum Verdict {
        /** No token is configured: the admin API is switched off. */
        DISABLED,
        /** The request carries no bearer token. */
        MISSING,
        /** The request's bearer token is not the configured one. */
        WRONG,
        /** The request carries the configured token. */
        ACCEPTED
    }

    private final Optional<byte[]> digest;

    private AdminToken(Optional<byte[]> digest) {
        this.digest = digest;
    }

    /**
     * The token configured as {@code balint.admin.token}; blank means none.
     *
     * @throws IllegalStateException when a token is set but shorter than {@value #MINIMUM_LENGTH} characters
     */
    public static AdminToken read(Function<String, Optional<String>> properties) {
        Optional<String> token = properties.apply("balint.admin.token").map(String::strip).filter(t -> !t.isEmpty());
        if (token.isPresent() && token.get().length() < MINIMUM_LENGTH) {
            throw new IllegalStateException("balint.admin.token must have at least " + MINIMUM_LENGTH
                    + " characters (for example the output of 'openssl rand -hex 32'); it has "
                    + token.get().length() + ".");
        }
        return new AdminToken(token.map(AdminToken::sha256));
    }

    /** True when a token is configured. */
    public boolean enabled() {
        return digest.isPresent();
    }

    /** Judges an {@code Authorization} header value ({@code Bearer <token>}). */
    public Verdict judge(Optional<String> authorization) {
        Objects.requireNonNull(authorization, "authorization");
        if (digest.isEmpty()) {
            return Verdict.DISABLED;
        }
        Optional<String> presented = authorization.map(String::strip)
                .filter(h -> h.length() > 7 && h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).strip())
                .filter(t -> !t.isEmpty());
        if (presented.isEmpty()) {
            return Verdict.MISSING;
        }
        return MessageDigest.isEqual(digest.get(), sha256(presented.get())) ? Verdict.ACCEPTED : Verdict.WRONG;
    }

    /** Hides the token. */
    @Override
    public String toString() {
        return enabled() ? "AdminToken[set]" : "AdminToken[none]";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime lacks SHA-256", e);
        }
    }
}
