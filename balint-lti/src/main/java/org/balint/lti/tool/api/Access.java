package org.balint.lti.tool.api;

/**
 * Who may call an endpoint of the JSON API, as declared with {@link Allowed}. An endpoint lists one or
 * more; a caller who satisfies any of them is let in. Every rule except {@link #ANY_CALLER} is scoped to
 * the {@code {group}} of the path, looked up only among the caller's tenant's groups.
 */
public enum Access {
    /** Anyone with a launch session in force, about themselves only (who am I, my preferences). */
    ANY_CALLER,
    /** Anyone who launched from the group's placement: its members, registrants and faculty. */
    GROUP_PARTICIPANT,
    /** A member of the group, about their own records only: {@code {member}} is themselves or {@code me}. */
    MEMBER_SELF,
    /** A leader who is on the faculty of the group, about any member of that group. */
    FACULTY_OF_GROUP,
    /**
     * An administrator of the platform, about the groups of their own deployment; on a path without a
     * {@code {group}}, about their own platform (the registration they launched through, its grievance
     * committee).
     */
    ADMIN_OF_PLATFORM
}
