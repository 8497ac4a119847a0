package org.balint.persistence.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.balint.core.attendance.AttendanceReport;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.AttendanceThresholds;
import org.balint.core.attendance.EnteredInterval;
import org.balint.core.attendance.ImportSettings;
import org.balint.core.attendance.ReportImport;
import org.balint.core.audit.Actor;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;

/**
 * An evening Balint group of six clinicians in New York, two of them both called Sam Okafor. Session 3
 * runs on Sunday 15 March 2026, 18:00 to 19:30 local time (22:00 to 23:30 UTC); session 4 a week later.
 */
final class SessionSheets {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final GroupId GROUP = new GroupId("spring-2026-evening");
    static final GroupId OTHER_GROUP = new GroupId("autumn-2026-lunchtime");

    static final Member ANA = member("m-ana", "Ana Lima", "ana.lima@clinic.example");
    static final Member JOSE = member("m-jose", "José Ramírez", "jramirez@hospital.example");
    static final Member PRIYA = member("m-priya", "Priya Natarajan", "priya.n@health.example");
    static final Member TOM = member("m-tom", "Tom Becker", "tbecker@uni.example");
    static final Member SAM_ONE = member("m-sam-1", "Sam Okafor", "sam.okafor@clinic.example");
    static final Member SAM_TWO = member("m-sam-2", "Sam Okafor", "s.okafor@hospital.example");
    static final List<Member> MEMBERS = List.of(ANA, JOSE, PRIYA, TOM, SAM_ONE, SAM_TWO);

    static final Actor LEADER_RUTH = Actor.person(new MemberId("leader-ruth"));
    static final Actor LEADER_KOFI = Actor.person(new MemberId("leader-kofi"));

    /** The morning after session 3, to the microsecond (the precision stored instants keep). */
    static final Clock NEXT_MORNING = Clock.fixed(Instant.parse("2026-03-16T13:00:00.123456Z"), ZoneOffset.UTC);

    /** Session 3's Zoom report: Ana drops out and rejoins, José has no e-mail, a guest, and one of the Sams. */
    static final AttendanceReport ZOOM_REPORT = AttendanceReport.of(
            "Name (original name),User email,Join time,Leave time,Duration (minutes)\n"
                    + "Ana Lima,ana.lima@clinic.example,03/15/2026 05:58:00 PM,03/15/2026 06:40:00 PM,42\n"
                    + "José Ramírez,,03/15/2026 06:02:00 PM,03/15/2026 07:30:00 PM,88\n"
                    + "Ana Lima,ana.lima@clinic.example,03/15/2026 06:43:00 PM,03/15/2026 07:31:00 PM,48\n"
                    + "Dr. Visitor,visitor@elsewhere.example,03/15/2026 06:10:00 PM,03/15/2026 06:50:00 PM,40\n"
                    + "Sam Okafor,,03/15/2026 06:00:00 PM,03/15/2026 07:30:00 PM,90\n"
                    + "Dr. Visitor,visitor@elsewhere.example,03/15/2026 06:55:00 PM,03/15/2026 07:20:00 PM,25\n");

    /** A second report of the same session, from a Teams-like platform's generic headings. */
    static final AttendanceReport SECOND_REPORT = AttendanceReport.of(
            "Name,Email,Join time,Leave time\n"
                    + "Tom Becker,tbecker@uni.example,03/15/2026 06:20:00 PM,03/15/2026 07:00:00 PM\n");

    private SessionSheets() {
    }

    static Member member(String id, String name, String email) {
        return new Member(new MemberId(id), name, Profession.physician("family medicine"), ContactDetails.email(email));
    }

    static ScheduledSession session(int number) {
        return new ScheduledSession(SessionNumber.of(number),
                Instant.parse("2026-03-15T22:00:00Z").plus(Duration.ofDays(7L * (number - 3))), Duration.ofMinutes(90));
    }

    static AttendanceSheet emptySheet(GroupId group, int session) {
        return AttendanceSheet.open(group, session(session), AttendanceThresholds.defaults()
                .withLateAfter(Duration.ofMinutes(5)));
    }

    /** Session 3's sheet right after the Zoom report was imported, before any leader looked at it. */
    static AttendanceSheet afterTheZoomImport() {
        return imported(emptySheet(GROUP, 3), ZOOM_REPORT, Actor.process("attendance import"));
    }

    /**
     * Session 3's sheet with everything a sheet can hold: two reports, matched rows, a guest and an
     * ambiguous Sam still unresolved, a presence correction with two intervals, an excuse, an absence
     * and LMS launches.
     */
    static AttendanceSheet aFullyWorkedSheet() {
        AttendanceSheet sheet = imported(afterTheZoomImport(), SECOND_REPORT, LEADER_RUTH);
        sheet = sheet.setPresence(PRIYA.id(), List.of(entered("2026-03-15T22:30:00Z", "2026-03-15T23:00:00Z"),
                entered("2026-03-15T22:05:00Z", "2026-03-15T22:25:00Z")), MEMBERS, LEADER_RUTH, NEXT_MORNING)
                .orElseThrow();
        sheet = sheet.markExcused(SAM_TWO.id(), MEMBERS, LEADER_RUTH, NEXT_MORNING).orElseThrow();
        sheet = sheet.markAbsent(TOM.id(), MEMBERS, LEADER_KOFI, NEXT_MORNING).orElseThrow();
        sheet = sheet.recordLaunch(ANA.id(), Instant.parse("2026-03-15T21:57:30Z"), MEMBERS).orElseThrow();
        sheet = sheet.recordLaunch(JOSE.id(), Instant.parse("2026-03-15T22:01:00.654321Z"), MEMBERS).orElseThrow();
        return sheet;
    }

    static AttendanceSheet imported(AttendanceSheet sheet, AttendanceReport report, Actor by) {
        ReportImport outcome = sheet.importReport(report, MEMBERS, ImportSettings.in(NEW_YORK), by, NEXT_MORNING);
        if (outcome instanceof ReportImport.Imported imported) {
            return imported.updated();
        }
        throw new AssertionError("expected the report to be imported, got " + outcome);
    }

    static EnteredInterval entered(String joined, String left) {
        return new EnteredInterval(Instant.parse(joined), Instant.parse(left));
    }
}
