package org.balint.lti.tool.grievance;

import java.util.Objects;
import org.balint.core.group.MemberId;

/**
 * Who holds a seat on the grievance committee: the administrator's Balint member id (the one their launches
 * carry, so that only they act on the grievances routed to them) and the name and e-mail address members
 * see.
 *
 * @param member their Balint member id
 * @param name   their name, as members see it
 * @param email  their e-mail address, as members see it
 */
public record Seated(MemberId member, String name, String email) {

    /** Validates the parts. */
    public Seated {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }
}
