package org.balint.lti.protocol.store;

import java.time.Instant;
import java.util.Objects;
import org.balint.lti.protocol.platform.PlatformRegistration;

/**
 * A platform registration as stored.
 *
 * @param id        the registration's number, assigned when it is created
 * @param details   what was registered
 * @param createdAt when it was created
 * @param updatedAt when it last changed (deployments included)
 * @param version   counts the changes, starting at 1: an update names the version it read
 */
public record StoredRegistration(long id, RegistrationDetails details, Instant createdAt, Instant updatedAt,
        long version) {

    /** Validates the arguments. */
    public StoredRegistration {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }

    /** What the launch needs of it. */
    public PlatformRegistration registration() {
        return details.registration();
    }
}
