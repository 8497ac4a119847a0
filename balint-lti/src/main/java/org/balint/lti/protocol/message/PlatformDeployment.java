package org.balint.lti.protocol.message;

/**
 * The identity of one installation of the tool: which platform (issuer), which registration
 * (client_id) and which deployment inside that platform. Two launches with the same identity come
 * from the same installation.
 *
 * @param issuer       the platform's issuer, exactly as in {@code iss}
 * @param clientId     the tool's client_id at that platform
 * @param deploymentId the deployment_id claim
 */
public record PlatformDeployment(String issuer, String clientId, String deploymentId) {

    /** Validates that every part is present and not blank. */
    public PlatformDeployment {
        Texts.requireText(issuer, "issuer");
        Texts.requireText(clientId, "clientId");
        Texts.requireText(deploymentId, "deploymentId");
    }
}
