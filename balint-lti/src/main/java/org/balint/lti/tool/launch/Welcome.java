package org.balint.lti.tool.launch;

import java.util.Objects;
import java.util.Optional;
import java.util.List;
import org.balint.lti.protocol.message.LtiLaunch;
import org.balint.lti.protocol.message.LtiUser;
import org.balint.lti.protocol.message.ResourceLinkLaunch;

/**
 * Whom an accepted launch greets, as what, and where: the first page Balint shows after the LMS
 * opened it. All texts are as the platform sent them (untrusted: escape before showing).
 *
 * @param name         the person's name, or their platform id when the platform withholds names
 * @param role         the person's principal Balint role, if the LMS roles grant one
 * @param allRoles     every Balint role granted, in order of precedence
 * @param groupTitle   the resource link's title: the Balint group placed in the course
 * @param courseTitle  the course's title or label
 */
public record Welcome(Optional<String> name, Optional<BalintRole> role, List<BalintRole> allRoles,
        Optional<String> groupTitle, Optional<String> courseTitle) {

    /** Validates the arguments and copies the role list. */
    public Welcome {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        allRoles = List.copyOf(Objects.requireNonNull(allRoles, "allRoles"));
        Objects.requireNonNull(groupTitle, "groupTitle");
        Objects.requireNonNull(courseTitle, "courseTitle");
    }

    /** The welcome for an accepted launch. */
    public static Welcome of(LtiLaunch launch) {
        Objects.requireNonNull(launch, "launch");
        List<BalintRole> roles = List.copyOf(BalintRole.of(launch.roles()));
        Optional<String> group = launch instanceof ResourceLinkLaunch
                ? ((ResourceLinkLaunch) launch).resourceLink().title()
                : Optional.empty();
        Optional<String> course = launch.context().flatMap(c -> c.title().or(c::label));
        return new Welcome(launch.user().map(LtiUser::displayName), roles.stream().findFirst(),
                roles, group, course);
    }
}
