package org.balint.lti.tool.launch;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.balint.lti.protocol.message.LtiRoles;

/**
 * The part a person plays in a Balint group, as read from the roles their LMS sends. Declared in
 * order of precedence: someone who leads a group in a course is greeted as its leader even if they
 * also administer the platform.
 */
public enum BalintRole {
    /** Leads the group (faculty): the course's Instructor or Teaching assistant. */
    LEADER("group leader"),
    /** Takes part in the group and presents cases: the course's Learner. */
    MEMBER("group member"),
    /** Runs Balint for the institution: an Administrator of the course, the institution or the platform. */
    ADMIN("administrator");

    private final String title;

    BalintRole(String title) {
        this.title = title;
    }

    /** How the role is named to people, e.g. {@code group leader}. */
    public String title() {
        return title;
    }

    /**
     * Every Balint role the LMS roles grant, in order of precedence; empty when none does (a mentor,
     * a guest, or no roles at all).
     */
    public static Set<BalintRole> of(LtiRoles roles) {
        Objects.requireNonNull(roles, "roles");
        Set<BalintRole> granted = EnumSet.noneOf(BalintRole.class);
        if (roles.isInstructor() || roles.isTeachingAssistant()) {
            granted.add(LEADER);
        }
        if (roles.isLearner()) {
            granted.add(MEMBER);
        }
        if (roles.isAdministrator()) {
            granted.add(ADMIN);
        }
        return granted;
    }
}
