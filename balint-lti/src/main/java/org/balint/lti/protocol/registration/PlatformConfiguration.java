package org.balint.lti.protocol.registration;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A platform's validated OpenID configuration (LTI-DR 1.0, section 3.5).
 *
 * @param issuer                the platform's issuer
 * @param authorizationEndpoint the OIDC authorization endpoint
 * @param tokenEndpoint         the OAuth 2 token endpoint
 * @param jwksUri               the platform's key set
 * @param registrationEndpoint  where the tool posts its registration
 * @param authorizationServer   the audience for client assertions, if the platform names one (Canvas)
 * @param scopesSupported       the scopes the platform offers
 * @param productFamilyCode     e.g. {@code moodle}, {@code canvas}
 * @param messagesSupported     the message types and their placements
 */
public record PlatformConfiguration(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
        URI registrationEndpoint, Optional<String> authorizationServer, Set<String> scopesSupported,
        String productFamilyCode, List<SupportedMessage> messagesSupported) {

    /** Validates the arguments and copies the collections. */
    public PlatformConfiguration {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
        Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        Objects.requireNonNull(jwksUri, "jwksUri");
        Objects.requireNonNull(registrationEndpoint, "registrationEndpoint");
        Objects.requireNonNull(authorizationServer, "authorizationServer");
        scopesSupported = Set.copyOf(Objects.requireNonNull(scopesSupported, "scopesSupported"));
        Objects.requireNonNull(productFamilyCode, "productFamilyCode");
        messagesSupported = List.copyOf(Objects.requireNonNull(messagesSupported, "messagesSupported"));
    }

    /** The placements the platform offers for message type {@code type}; empty if it names none. */
    public List<String> placementsFor(String type) {
        return messagesSupported.stream().filter(m -> m.type().equals(type))
                .flatMap(m -> m.placements().stream()).distinct().toList();
    }
}
