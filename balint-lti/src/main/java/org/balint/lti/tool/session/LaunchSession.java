package org.balint.lti.tool.session;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balint.core.group.GroupId;
import org.balint.lti.tool.course.CourseKey;
import org.balint.lti.tool.launch.BalintRole;

/**
 * What the pages after a launch know about the person: where they launched from, who they are at the
 * platform, the Balint roles their LMS roles grant, and the group the placement leads to once it is
 * bound.
 *
 * @param course    the placement launched
 * @param subject   the platform's user id
 * @param roles     the Balint roles, never empty
 * @param group     the placement's group, once bound
 * @param createdAt when the launch was accepted
 * @param expiresAt after this instant the session is refused
 */
public record LaunchSession(CourseKey course, String subject, Set<BalintRole> roles, Optional<GroupId> group,
        Instant createdAt, Instant expiresAt) {

    /** Validates the parts and copies the roles. */
    public LaunchSession {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(roles, "roles");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a launch session needs a Balint role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a session expires after it is created");
        }
    }

    /** Whether the person leads groups in this course. */
    public boolean isLeader() {
        return roles.contains(BalintRole.LEADER);
    }

    /** Whether the person is a member (a learner) and not also a leader. */
    public boolean isMemberOnly() {
        return roles.contains(BalintRole.MEMBER) && !isLeader();
    }

    /** This session bound to {@code bound}. */
    public LaunchSession withGroup(GroupId bound) {
        return new LaunchSession(course, subject, roles, Optional.of(bound), createdAt, expiresAt);
    }
}
