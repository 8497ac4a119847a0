package org.balint.lti.tool.attendance;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.balint.core.attendance.AttendanceStatus;
import org.balint.core.attendance.MemberAttendance;
import org.balint.core.attendance.ReportReceipt;
import org.balint.core.attendance.UnmatchedAttendee;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;

/**
 * One session's attendance as its leader sees it: every member with their attendance, the attendees of
 * imported reports still to be resolved, and the reports imported so far.
 *
 * @param group            the group
 * @param zone             the group's time zone, for showing times
 * @param session          the session
 * @param scheduledMinutes the whole minutes the session is scheduled for: the most a member can attend
 * @param members          every member, in the group's order
 * @param unmatched        attendees of imported reports no member was chosen for yet, in report order
 * @param reports          the reports imported into the session, in import order
 */
public record SessionSheet(GroupId group, ZoneId zone, ScheduledSession session, long scheduledMinutes,
        List<MemberRow> members, List<UnmatchedAttendee> unmatched, List<ReportReceipt> reports) {

    /** Validates and copies the parts. */
    public SessionSheet {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(session, "session");
        members = List.copyOf(members);
        unmatched = List.copyOf(unmatched);
        reports = List.copyOf(reports);
    }

    /**
     * One member's attendance in the session.
     *
     * @param member    the member
     * @param name      their name
     * @param status    present (possibly late or left early), absent or excused, with the minutes
     * @param decidedBy what decided it: a leader, the reports, or nothing yet
     */
    public record MemberRow(MemberId member, String name, AttendanceStatus status,
            MemberAttendance.DecidedBy decidedBy) {
        /** Validates the parts. */
        public MemberRow {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(decidedBy, "decidedBy");
        }
    }
}
