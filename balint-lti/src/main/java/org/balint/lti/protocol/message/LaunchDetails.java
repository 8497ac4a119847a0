package org.balint.lti.protocol.message;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every launch message carries, whatever its type.
 *
 * @param deployment       the installation the launch belongs to (issuer, client_id, deployment_id)
 * @param targetLinkUri    the URL the platform launched
 * @param user             the user, absent for an anonymous launch
 * @param roles            the user's roles (possibly none)
 * @param context          the course or other context, if the launch has one
 * @param platformInstance the platform instance, if sent
 * @param presentation     display hints and return URL, if sent
 * @param custom           custom parameters; every value as a string
 * @param gradeService     the AGS endpoints offered, if any
 * @param rosterService    the NRPS endpoint offered, if any
 * @param issuedAt         when the platform issued the id_token
 */
public record LaunchDetails(PlatformDeployment deployment, URI targetLinkUri, Optional<LtiUser> user,
        LtiRoles roles, Optional<LtiContext> context, Optional<PlatformInstance> platformInstance,
        Optional<LaunchPresentation> presentation, Map<String, String> custom,
        Optional<GradeService> gradeService, Optional<RosterService> rosterService, Instant issuedAt) {

    /** Validates the arguments and copies the custom parameters. */
    public LaunchDetails {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(targetLinkUri, "targetLinkUri");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(platformInstance, "platformInstance");
        Objects.requireNonNull(presentation, "presentation");
        custom = Map.copyOf(Objects.requireNonNull(custom, "custom"));
        Objects.requireNonNull(gradeService, "gradeService");
        Objects.requireNonNull(rosterService, "rosterService");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
