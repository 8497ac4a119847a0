package org.balint.lti.protocol.platform;

import java.util.List;
import java.util.Optional;

/**
 * Finds platform registrations. Implementations must be safe for concurrent use.
 */
public interface PlatformRegistry {

    /** The registration for exactly this issuer and client_id. */
    Optional<PlatformRegistration> find(String issuer, String clientId);

    /** Every registration with exactly this issuer (Canvas: one per developer key). */
    List<PlatformRegistration> findByIssuer(String issuer);
}
