package org.balint.lti.tool.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who the caller is, as {@code GET /api/v1/me} answers.
 *
 * @param member       the caller's Balint member id (use it, or {@code me}, in member paths)
 * @param roles        the Balint roles of the launch: {@code LEADER}, {@code MEMBER}, {@code ADMIN}
 * @param group        the group of the activity launched, once it is set up
 * @param issuer       the platform the caller launched from
 * @param deploymentId the deployment of the tool at that platform
 * @param timeZone     the time zone the caller chose for schedules, if they chose one
 */
@Schema(name = "Me", description = "Who the caller is: Balint member id, roles and the group of the launch.")
public record MeView(String member, List<String> roles, Optional<String> group, String issuer, String deploymentId,
        Optional<String> timeZone) {

    /** Validates and copies the parts. */
    public MeView {
        Objects.requireNonNull(member, "member");
        roles = List.copyOf(roles);
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(timeZone, "timeZone");
    }
}
