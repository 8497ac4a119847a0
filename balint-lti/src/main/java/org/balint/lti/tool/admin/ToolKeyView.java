package org.balint.lti.tool.admin;

import java.time.Instant;
import java.util.Optional;
import org.balint.lti.protocol.keys.ToolKey;

/**
 * One of the tool's keys as the admin API lists it: never any private material. Instants are
 * ISO-8601 UTC.
 *
 * @param kid       the key id, as in the public JWKS
 * @param status    {@code active} (signs now) or {@code retired} (still published until {@code expiresAt})
 * @param createdAt when it was made and became active
 * @param retiredAt when it stopped signing
 * @param expiresAt when it leaves the public JWKS
 */
public record ToolKeyView(String kid, String status, String createdAt, Optional<String> retiredAt,
        Optional<String> expiresAt) {

    /** The view of {@code key}. */
    public static ToolKeyView of(ToolKey key) {
        return new ToolKeyView(key.kid(), key.retiredAt().isPresent() ? "retired" : "active",
                key.createdAt().toString(), key.retiredAt().map(Instant::toString), key.expiresAt().map(Instant::toString));
    }
}
