package org.balint.lti.tool.platform;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An LMS administrator's platform as the admin page and {@code GET /api/v1/platform} show it: the
 * registration the launch came through, its deployments, and the tool's key (read-only: rotating it
 * is the tool operator's, since every platform trusts it).
 *
 * @param registrationId    the registration's number in the tool
 * @param label             the registration's name for people
 * @param issuer            the platform's issuer
 * @param clientId          the client_id the platform gave the tool
 * @param authorizationUrl  the platform's OIDC authorization endpoint
 * @param tokenUrl          the platform's OAuth 2 token endpoint
 * @param keySetUrl         where the platform publishes its keys
 * @param keySetFetchedAt   when this server last fetched that key set, if it has since it started
 * @param deployments       the deployments launches are accepted from, sorted
 * @param launchedThrough   the deployment of the administrator's own launch
 * @param toolKeySetUrl     the tool's public key set URL, which the platform fetches
 * @param toolKeyId         the kid of the tool key that signs now
 * @param toolKeyCreatedAt  when that key was made
 * @param toolKeyAge        how long it has signed
 * @param nextRotation      when it is replaced on schedule
 */
public record PlatformOverview(long registrationId, String label, String issuer, String clientId, URI authorizationUrl,
        URI tokenUrl, URI keySetUrl, Optional<Instant> keySetFetchedAt, List<String> deployments, String launchedThrough,
        URI toolKeySetUrl, String toolKeyId, Instant toolKeyCreatedAt, Duration toolKeyAge, Instant nextRotation) {

    /** Validates and copies the parts. */
    public PlatformOverview {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(authorizationUrl, "authorizationUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(keySetUrl, "keySetUrl");
        Objects.requireNonNull(keySetFetchedAt, "keySetFetchedAt");
        deployments = List.copyOf(deployments);
        Objects.requireNonNull(launchedThrough, "launchedThrough");
        Objects.requireNonNull(toolKeySetUrl, "toolKeySetUrl");
        Objects.requireNonNull(toolKeyId, "toolKeyId");
        Objects.requireNonNull(toolKeyCreatedAt, "toolKeyCreatedAt");
        Objects.requireNonNull(toolKeyAge, "toolKeyAge");
        Objects.requireNonNull(nextRotation, "nextRotation");
    }

    /** Whether {@code deploymentId} is the one the administrator launched through. */
    public boolean inUse(String deploymentId) {
        return launchedThrough.equals(deploymentId);
    }
}
