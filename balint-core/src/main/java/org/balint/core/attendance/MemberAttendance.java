package org.balint.core.attendance;

import java.util.List;
import java.util.Objects;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;

/**
 * A member's effective attendance in one session, as credit is computed from it: the presence that
 * counts (within the scheduled session), the status it reads as, what decided it, and all the
 * evidence behind it.
 *
 * @param attendance the presence that counts, clipped to the scheduled session
 * @param status     present (possibly late and/or left early), absent or excused
 * @param decidedBy  whether a leader's correction, the attendance reports or nothing decided it
 * @param evidence   every piece of evidence: leader marking first, then report rows, then LMS launches
 */
public record MemberAttendance(SessionAttendance attendance, AttendanceStatus status, DecidedBy decidedBy,
        List<Evidence> evidence) {

    /** What decided a member's effective attendance. */
    public enum DecidedBy {
        /** A leader set the presence, or marked the member excused or absent. */
        LEADER_CORRECTION,
        /** Rows of one or more attendance reports. */
        ATTENDANCE_REPORTS,
        /** Nothing shows the member present (an LMS launch alone does not). */
        NO_PRESENCE_EVIDENCE
    }

    public MemberAttendance {
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedBy, "decidedBy");
        evidence = List.copyOf(evidence);
    }

    public MemberId member() {
        return attendance.member();
    }

    public SessionNumber session() {
        return attendance.session();
    }
}
