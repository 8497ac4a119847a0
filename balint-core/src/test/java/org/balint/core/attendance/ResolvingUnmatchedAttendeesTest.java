package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.attendance.AttendanceFixtures.FIVE_CLINICIANS;
import static org.balint.core.attendance.AttendanceFixtures.LEADER;
import static org.balint.core.attendance.AttendanceFixtures.NEW_YORK_TIMES;
import static org.balint.core.attendance.AttendanceFixtures.PRIYA;
import static org.balint.core.attendance.AttendanceFixtures.clockAt;
import static org.balint.core.attendance.AttendanceFixtures.importIntoSessionThree;
import static org.balint.core.attendance.AttendanceFixtures.interval;
import static org.balint.core.attendance.AttendanceFixtures.report;

import org.balint.core.audit.AuditEntry;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Zoom report of session 3 leaves Ruth Alvarez (line 2), Priya's iPhone (line 5) and Dana Whitfield (line 9). */
class ResolvingUnmatchedAttendeesTest {

    private final ReportImport.Imported zoom =
            (ReportImport.Imported) importIntoSessionThree(report("zoom-session-3.csv"));
    private final AttendanceSheet sheet = zoom.updated();
    private final UnmatchedAttendee priyasPhone = zoom.unmatched().get(1);
    private final UnmatchedAttendee visitor = zoom.unmatched().get(2);

    @Test
    @DisplayName("assigning Priya's iPhone to Priya adds its row to her evidence; the overlap is not counted twice")
    void assignSecondDevice() {
        var resolved = sheet.assign(priyasPhone, PRIYA.id(), FIVE_CLINICIANS, LEADER, clockAt("2026-03-15T20:00"))
                .orElseThrow();

        var priya = resolved.attendanceOf(PRIYA.id());
        assertThat(priya.evidence()).hasSize(2);
        assertThat(priya.attendance().presence()).containsExactly(interval("18:00", "19:05"));
        assertThat(resolved.unmatched()).doesNotContain(priyasPhone).hasSize(2);
        assertThat(resolved.audit()).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("attendance-attendee-assigned");
            assertThat(entry.actor()).isEqualTo(LEADER);
            assertThat(entry.at()).isEqualTo(AttendanceFixtures.at("2026-03-15T20:00"));
            assertThat(entry.description()).contains("line 5").contains(PRIYA.id().value());
        });
    }

    @Test
    @DisplayName("dismissing a visitor as a guest removes them and counts their rows for nobody")
    void dismissGuest() {
        var resolved = sheet.dismissAsGuest(visitor, LEADER, clockAt("2026-03-15T20:00")).orElseThrow();

        assertThat(resolved.unmatched()).doesNotContain(visitor);
        assertThat(resolved.reported()).isEqualTo(sheet.reported());
        assertThat(resolved.audit()).last().extracting(AuditEntry::event).isEqualTo("attendance-guest-dismissed");
    }

    @Test
    @DisplayName("an attendee cannot be resolved twice")
    void resolvedOnce() {
        var resolved = sheet.dismissAsGuest(visitor, LEADER, clockAt("2026-03-15T20:00")).orElseThrow();

        assertThat(resolved.dismissAsGuest(visitor, LEADER, clockAt("2026-03-15T20:01")).violations())
                .extracting(Violation::code).containsExactly("attendee-not-unmatched");
        assertThat(resolved.assign(visitor, PRIYA.id(), FIVE_CLINICIANS, LEADER, clockAt("2026-03-15T20:01"))
                .violations()).extracting(Violation::code).containsExactly("attendee-not-unmatched");
    }

    @Test
    @DisplayName("assigning to someone who is not a member is refused")
    void assignToStranger() {
        assertThat(sheet.assign(priyasPhone, new MemberId("m-stranger"), FIVE_CLINICIANS, LEADER,
                clockAt("2026-03-15T20:00")).violations()).extracting(Violation::code)
                .containsExactly("unknown-member");
    }

    @Test
    @DisplayName("a dismissed guest does not come back when the same report is imported again")
    void dismissedStaysDismissed() {
        var resolved = sheet.dismissAsGuest(visitor, LEADER, clockAt("2026-03-15T20:00")).orElseThrow();

        var again = resolved.importReport(report("zoom-session-3.csv"), FIVE_CLINICIANS, NEW_YORK_TIMES, LEADER,
                clockAt("2026-03-16T10:00"));

        assertThat(again.sheet()).contains(resolved);
    }
}
