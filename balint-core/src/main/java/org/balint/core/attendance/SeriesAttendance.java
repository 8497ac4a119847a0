package org.balint.core.attendance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;

/**
 * The attendance record of a group's series: one sheet per session held so far, in session order.
 * This is what credit is computed from: per member, the effective attendance in each session.
 */
public record SeriesAttendance(GroupId group, List<AttendanceSheet> sheets) {

    public SeriesAttendance {
        Objects.requireNonNull(group, "group");
        var sorted = new ArrayList<>(sheets);
        sorted.sort(Comparator.comparing(AttendanceSheet::number));
        var numbers = new HashSet<SessionNumber>();
        for (AttendanceSheet sheet : sorted) {
            if (!sheet.group().equals(group)) {
                throw new IllegalArgumentException("sheet of group " + sheet.group() + " in the series of " + group);
            }
            if (!numbers.add(sheet.number())) {
                throw new IllegalArgumentException("two sheets for " + sheet.number() + " of group " + group);
            }
        }
        sheets = List.copyOf(sorted);
    }

    /** The sessions with a sheet, in order. */
    public List<ScheduledSession> sessions() {
        return sheets.stream().map(AttendanceSheet::session).toList();
    }

    public Optional<AttendanceSheet> sheet(SessionNumber session) {
        return sheets.stream().filter(s -> s.number().equals(session)).findFirst();
    }

    /** {@code member}'s effective attendance in each session, in session order (absent ones included). */
    public List<SessionAttendance> attendanceOf(MemberId member) {
        return sheets.stream().map(s -> s.attendanceOf(member).attendance()).toList();
    }

    /** {@code member}'s effective attendance in each session with status and evidence, in session order. */
    public List<MemberAttendance> recordOf(MemberId member) {
        return sheets.stream().map(s -> s.attendanceOf(member)).toList();
    }

    /** {@code member}'s effective attendance in {@code session}, if the series has a sheet for it. */
    public Optional<MemberAttendance> attendanceOf(MemberId member, SessionNumber session) {
        return sheet(session).map(s -> s.attendanceOf(member));
    }
}
