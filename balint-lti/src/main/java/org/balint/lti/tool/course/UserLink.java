package org.balint.lti.tool.course;

import java.util.Objects;
import org.balint.core.group.MemberId;

/**
 * An LMS user linked to the Balint person they are in every group of that platform registration.
 *
 * @param user   the LMS user, with the name and e-mail the platform last sent
 * @param member their Balint id
 */
public record UserLink(LmsUser user, MemberId member) {

    /** Validates the parts. */
    public UserLink {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(member, "member");
    }
}
