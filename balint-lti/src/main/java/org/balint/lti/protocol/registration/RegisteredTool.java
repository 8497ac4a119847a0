package org.balint.lti.protocol.registration;

import java.util.Objects;
import java.util.Set;
import org.balint.lti.protocol.platform.PlatformRegistration;

/**
 * The tool as a platform registered it.
 *
 * @param platform     the platform's validated configuration
 * @param clientId     the client_id the platform assigned
 * @param deploymentId the deployment the platform created
 * @param scopes       the scopes the platform granted (may be fewer than asked for)
 */
public record RegisteredTool(PlatformConfiguration platform, String clientId, String deploymentId, Set<String> scopes) {

    /** Validates the arguments and copies the scopes. */
    public RegisteredTool {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(deploymentId, "deploymentId");
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
    }

    /** The registration the tool keeps for launches and service calls. */
    public PlatformRegistration toPlatformRegistration() {
        return new PlatformRegistration(platform.issuer(), clientId, platform.authorizationEndpoint(),
                platform.tokenEndpoint(), platform.jwksUri(), Set.of(deploymentId));
    }
}
