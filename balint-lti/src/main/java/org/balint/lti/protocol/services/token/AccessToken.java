package org.balint.lti.protocol.services.token;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A bearer access token for platform services.
 *
 * @param value     the token, sent as {@code Authorization: Bearer <value>}
 * @param scopes    the scopes the platform granted
 * @param expiresAt when the platform stops accepting it
 */
public record AccessToken(String value, Set<String> scopes, Instant expiresAt) {

    /** Validates the arguments and copies the scopes. */
    public AccessToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("An access token must not be blank");
        }
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The value of the {@code Authorization} header. */
    public String authorization() {
        return "Bearer " + value;
    }

    /** Hides the token itself, so logs never carry it. */
    @Override
    public String toString() {
        return "AccessToken[scopes=" + scopes + ", expiresAt=" + expiresAt + "]";
    }
}
