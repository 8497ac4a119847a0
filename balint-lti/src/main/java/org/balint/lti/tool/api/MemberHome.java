package org.balint.lti.tool.api;

import java.util.Objects;
import org.balint.core.group.BalintGroup;

/**
 * Everything a member's home page shows of their group, read in one transaction: the group (its title
 * and leaders), the schedule in the zone chosen, when the member presents, their attendance and their
 * credit decisions.
 *
 * @param group         the group
 * @param schedule      the sessions, the video link and the next session
 * @param presentations the member's turns to present
 * @param attendance    the member's attendance per session
 * @param credit        the member's recorded credit decisions
 */
public record MemberHome(BalintGroup group, ScheduleView schedule, PresentationsView presentations,
        AttendanceView attendance, CreditView credit) {

    /** Validates the parts. */
    public MemberHome {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(presentations, "presentations");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(credit, "credit");
    }
}
