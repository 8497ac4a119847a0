package org.balint.lti.protocol.services.token;

import java.time.Duration;
import java.util.Objects;

/**
 * How tokens are requested and cached.
 *
 * @param assertionLifetime   how long a client assertion is valid ({@code exp - iat})
 * @param expiryMargin        a cached token is replaced this long before it expires
 * @param lifetimeWhenUnstated the lifetime assumed when the platform sends no {@code expires_in}
 */
public record TokenSettings(Duration assertionLifetime, Duration expiryMargin, Duration lifetimeWhenUnstated) {

    /** Validates the durations. */
    public TokenSettings {
        requirePositive(assertionLifetime, "assertionLifetime");
        Objects.requireNonNull(expiryMargin, "expiryMargin");
        if (expiryMargin.isNegative()) {
            throw new IllegalArgumentException("expiryMargin must not be negative");
        }
        requirePositive(lifetimeWhenUnstated, "lifetimeWhenUnstated");
    }

    /** Assertions valid for 5 minutes; tokens replaced 60 s before expiry; 5 minutes if unstated. */
    public static TokenSettings defaults() {
        return new TokenSettings(Duration.ofMinutes(5), Duration.ofSeconds(60), Duration.ofMinutes(5));
    }

    private static void requirePositive(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }
}
