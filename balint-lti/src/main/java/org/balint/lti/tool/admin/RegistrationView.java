package org.balint.lti.tool.admin;

import java.util.List;
import java.util.Optional;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.store.StoredRegistration;

/**
 * A platform registration as the admin API shows it (JSON). Instants are ISO-8601 UTC.
 *
 * @param id               the registration's number
 * @param issuer           the platform's issuer
 * @param clientId         the client_id
 * @param authorizationUrl the OIDC authorization endpoint
 * @param tokenUrl         the OAuth 2 token endpoint
 * @param jwksUrl          the platform's key set
 * @param tokenAudience    the aud for client assertions, when not the token URL
 * @param label            the name for people
 * @param preset           how the endpoints were chosen
 * @param deploymentIds    accepted deployments, sorted
 * @param createdAt        when it was created
 * @param updatedAt        when it last changed
 * @param version          the version, also sent as the {@code ETag}
 */
public record RegistrationView(long id, String issuer, String clientId, String authorizationUrl, String tokenUrl,
        String jwksUrl, Optional<String> tokenAudience, String label, String preset, List<String> deploymentIds,
        String createdAt, String updatedAt, long version) {

    /** The view of {@code stored}. */
    public static RegistrationView of(StoredRegistration stored) {
        PlatformRegistration registration = stored.registration();
        return new RegistrationView(stored.id(), registration.issuer(), registration.clientId(),
                registration.authorizationEndpoint().toString(), registration.tokenEndpoint().toString(),
                registration.jwksUri().toString(), stored.details().tokenAudience(), stored.details().label(),
                stored.details().preset(), registration.deploymentIds().stream().sorted().toList(),
                stored.createdAt().toString(), stored.updatedAt().toString(), stored.version());
    }
}
