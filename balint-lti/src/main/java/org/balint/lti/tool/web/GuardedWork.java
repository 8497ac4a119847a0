package org.balint.lti.tool.web;

import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.persistence.tenant.Tenant;

/**
 * A form post that passed its {@link FormGuard}: whose session it carries, whose records it may change,
 * and the placement's group.
 *
 * @param active     the verified launch session
 * @param tenant     the launch's platform and deployment: the only records the post may touch
 * @param boundGroup the placement's group (always present for leaders' and members' posts)
 */
public record GuardedWork(ActiveSession active, Tenant tenant, Optional<GroupId> boundGroup) {

    /** Validates the parts. */
    public GuardedWork {
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(boundGroup, "boundGroup");
    }

    /**
     * The placement's group, which a leader's or member's guard has checked is there.
     *
     * @throws java.util.NoSuchElementException for an administrator's post on a placement without a group
     */
    public GroupId group() {
        return boundGroup.orElseThrow();
    }
}
