package org.balint.lti.protocol.platform;

import java.net.URI;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the tool knows about one registration of itself in a platform.
 *
 * @param issuer                the platform's issuer, compared exactly with {@code iss}
 * @param clientId              the client_id the platform gave the tool
 * @param authorizationEndpoint the OIDC authentication endpoint the login redirects to
 * @param tokenEndpoint         the OAuth 2 token endpoint for LTI Advantage service calls
 * @param jwksUri               where the platform publishes the keys that sign its id_tokens
 * @param deploymentIds         the deployments of the tool this registration accepts launches from
 */
public record PlatformRegistration(String issuer, String clientId, URI authorizationEndpoint,
        URI tokenEndpoint, URI jwksUri, Set<String> deploymentIds) {

    /** Validates the arguments: absolute endpoints, non-blank identifiers, and at least one deployment. */
    public PlatformRegistration {
        requireText(issuer, "issuer");
        requireText(clientId, "clientId");
        requireAbsolute(authorizationEndpoint, "authorizationEndpoint");
        requireAbsolute(tokenEndpoint, "tokenEndpoint");
        requireAbsolute(jwksUri, "jwksUri");
        deploymentIds = Set.copyOf(Objects.requireNonNull(deploymentIds, "deploymentIds"));
        if (deploymentIds.isEmpty()) {
            throw new IllegalArgumentException("A registration needs at least one deployment id");
        }
        deploymentIds.forEach(d -> requireText(d, "deployment id"));
    }

    /** True if launches from deployment {@code deploymentId} are accepted. */
    public boolean knowsDeployment(String deploymentId) {
        return deploymentIds.contains(deploymentId);
    }

    /** This registration with one more accepted deployment. */
    public PlatformRegistration withDeployment(String deploymentId) {
        Set<String> more = new HashSet<>(deploymentIds);
        more.add(deploymentId);
        return new PlatformRegistration(issuer, clientId, authorizationEndpoint, tokenEndpoint, jwksUri, more);
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    private static void requireAbsolute(URI uri, String what) {
        Objects.requireNonNull(uri, what);
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an absolute URL with a host: " + uri);
        }
    }
}
