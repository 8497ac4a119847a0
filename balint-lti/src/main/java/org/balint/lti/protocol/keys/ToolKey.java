package org.balint.lti.protocol.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the tool's keys with its history.
 *
 * @param key         the key: with its private part while active, the public part once retired
 * @param createdAt   when the key was made (and, at the same time, made active)
 * @param retiredAt   when another key replaced it for signing; empty while it is the active key
 * @param expiresAt   until when a retired key is still published ({@code retiredAt} plus the overlap
 *                    window); empty while it is the active key
 */
public record ToolKey(RSAKey key, Instant createdAt, Optional<Instant> retiredAt, Optional<Instant> expiresAt) {

    /** Validates the arguments: a key with an id, and a retired key has both instants. */
    public ToolKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(retiredAt, "retiredAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (key.getKeyID() == null || key.getKeyID().isBlank()) {
            throw new IllegalArgumentException("A tool key needs a key id");
        }
        if (retiredAt.isPresent() != expiresAt.isPresent()) {
            throw new IllegalArgumentException("A retired key has both its retirement and its expiry");
        }
    }

    /** An active key, made at {@code createdAt}. */
    public static ToolKey active(RSAKey key, Instant createdAt) {
        return new ToolKey(key, createdAt, Optional.empty(), Optional.empty());
    }

    /** The key id. */
    public String kid() {
        return key.getKeyID();
    }

    /** This key retired at {@code at}, published until {@code at + overlap}, without its private part. */
    public ToolKey retired(Instant at, java.time.Duration overlap) {
        return new ToolKey(key.toPublicJWK(), createdAt, Optional.of(at), Optional.of(at.plus(overlap)));
    }

    /** True while the key belongs in the public key set: active, or retired and not yet expired. */
    public boolean publishedAt(Instant now) {
        return expiresAt.map(now::isBefore).orElse(true);
    }
}
