package org.balint.lti.tool.api;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.course.Tenancy;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.persistence.tenant.Tenant;

/**
 * Who calls the API, resolved once per request from the launch session: where they launched from
 * (platform registration and deployment), who they are in Balint, the roles their LMS roles grant,
 * and the group of the placement they launched, once it is set up.
 *
 * @param deployment the platform registration (issuer, client_id) and the deployment launched through
 * @param member     the caller's Balint member id (one per person and platform registration)
 * @param roles      the Balint roles of the launch, never empty
 * @param group      the group of the placement launched, once bound
 */
public record Caller(PlatformDeployment deployment, MemberId member, Set<BalintRole> roles, Optional<GroupId> group) {

    /** Validates the parts and copies the roles. */
    public Caller {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(roles, "roles");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a caller has at least one Balint role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(group, "group");
    }

    /** The tenant whose records the caller may reach: the issuer and deployment. */
    public Tenant tenant() {
        return Tenancy.of(deployment);
    }

    /** Whether the launch granted {@code role}. */
    public boolean has(BalintRole role) {
        return roles.contains(role);
    }
}
