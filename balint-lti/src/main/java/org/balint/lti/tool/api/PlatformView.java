package org.balint.lti.tool.api;

import java.util.List;
import java.util.Optional;
import org.balint.lti.tool.platform.PlatformOverview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An administrator's own platform: the registration their launch came through, its deployments, and
 * the tool's key (read-only). Instants are ISO-8601 UTC; the key's age is an ISO-8601 duration.
 */
@Schema(name = "Platform", description = "The administrator's own platform registration and the tool's key.")
public record PlatformView(
        @Schema(description = "The registration's number in the tool.") long registrationId,
        @Schema(description = "The registration's name for people.") String label,
        @Schema(description = "The platform's issuer.") String issuer,
        @Schema(description = "The client_id the platform gave the tool.") String clientId,
        @Schema(description = "The platform's OIDC authorization endpoint.") String authorizationUrl,
        @Schema(description = "The platform's OAuth 2 token endpoint.") String tokenUrl,
        @Schema(description = "Where the platform publishes its keys.") String keySetUrl,
        @Schema(description = "When this server last fetched that key set; absent if not since it started.")
        Optional<String> keySetFetchedAt,
        @Schema(description = "The deployments launches are accepted from.") List<String> deployments,
        @Schema(description = "The deployment of the caller's own launch, which cannot be removed by them.")
        String launchedThrough,
        @Schema(description = "The tool's public key set URL.") String toolKeySetUrl,
        @Schema(description = "The kid of the tool key that signs now.") String toolKeyId,
        @Schema(description = "When that key was made.") String toolKeyCreatedAt,
        @Schema(description = "How long it has signed (ISO-8601 duration).") String toolKeyAge,
        @Schema(description = "When it is replaced on schedule.") String nextRotation) {

    /** The view of {@code overview}. */
    static PlatformView of(PlatformOverview o) {
        return new PlatformView(o.registrationId(), o.label(), o.issuer(), o.clientId(), o.authorizationUrl().toString(),
                o.tokenUrl().toString(), o.keySetUrl().toString(), o.keySetFetchedAt().map(Object::toString),
                o.deployments(), o.launchedThrough(), o.toolKeySetUrl().toString(), o.toolKeyId(),
                o.toolKeyCreatedAt().toString(), o.toolKeyAge().withNanos(0).toString(), o.nextRotation().toString());
    }
}
