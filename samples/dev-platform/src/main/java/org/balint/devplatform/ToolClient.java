package org.balint.devplatform;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A tool registered with the platform: the configured tool, or one added by LTI Dynamic
 * Registration. The token endpoint and the deep-linking return verify its signatures with the keys at
 * its JWKS URL and grant it only its scopes.
 *
 * @param clientId         the OAuth 2 client_id, also the {@code iss} of the tool's JWTs
 * @param deploymentId     the deployment of the tool on this platform
 * @param name             the tool's name
 * @param jwksUri          where the tool publishes its public keys
 * @param initiateLoginUri the tool's OIDC login initiation URL
 * @param redirectUris     the tool's registered redirect URIs
 * @param targetLinkUri    the tool's default launch URL
 * @param scopes           the service scopes the tool may be granted
 * @param custom           the tool-wide custom parameters it asked for
 * @param claims           the identity claims it asked for
 */
public record ToolClient(String clientId, String deploymentId, String name, URI jwksUri, URI initiateLoginUri,
        List<URI> redirectUris, URI targetLinkUri, Set<String> scopes, Map<String, String> custom,
        List<String> claims) {

    /** Requires every component and copies the collections. */
    public ToolClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jwksUri, "jwksUri");
        Objects.requireNonNull(initiateLoginUri, "initiateLoginUri");
        redirectUris = List.copyOf(redirectUris);
        Objects.requireNonNull(targetLinkUri, "targetLinkUri");
        scopes = Set.copyOf(scopes);
        custom = Map.copyOf(custom);
        claims = List.copyOf(claims);
    }

    /** The tool the platform is configured for, with every service scope the platform offers. */
    static ToolClient configured(DevPlatformConfig config) {
        return new ToolClient(config.clientId(), config.deploymentId(), "Configured tool", config.toolJwksUrl(),
                config.toolLoginUrl(), config.redirectUris(), config.targetLinkUri(),
                Set.copyOf(LtiVocabulary.SERVICE_SCOPES), config.custom(),
                List.of("sub", "iss", "name", "given_name", "family_name", "email"));
    }
}
