package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.attendance.AttendanceFixtures.FIVE_CLINICIANS;
import static org.balint.core.attendance.AttendanceFixtures.LEADER;
import static org.balint.core.attendance.AttendanceFixtures.TOM;
import static org.balint.core.attendance.AttendanceFixtures.clockAt;
import static org.balint.core.attendance.AttendanceFixtures.emptySheetForSessionThree;
import static org.balint.core.attendance.AttendanceFixtures.importIntoSessionThree;
import static org.balint.core.attendance.AttendanceFixtures.imported;
import static org.balint.core.attendance.AttendanceFixtures.interval;
import static org.balint.core.attendance.AttendanceFixtures.report;

import org.balint.core.attendance.AttendanceStatus.Standing;
import org.balint.core.attendance.MemberAttendance.DecidedBy;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A leader enters minutes present in session 3 (18:00 to 19:30, 90 minutes), counted from the start. */
class TakingAttendanceInMinutesTest {

    private final AttendanceSheet sheet = emptySheetForSessionThree();

    @Test
    @DisplayName("the session lasts 90 minutes, the most a member can attend")
    void scheduledMinutes() {
        assertThat(sheet.scheduledMinutes()).isEqualTo(90);
    }

    @Test
    @DisplayName("all 90 minutes mark Tom present throughout, decided by the leader")
    void wholeSession() {
        var tom = sheet.setMinutesPresent(TOM.id(), 90, FIVE_CLINICIANS, LEADER, clockAt("2026-03-15T19:31"))
                .orElseThrow().attendanceOf(TOM.id());

        assertThat(tom.attendance().presence()).containsExactly(interval("18:00", "19:30"));
        assertThat(tom.status().standing()).isEqualTo(Standing.PRESENT);
        assertThat(tom.status().deviations()).isEmpty();
        assertThat(tom.decidedBy()).isEqualTo(DecidedBy.LEADER_CORRECTION);
    }

    @Test
    @DisplayName("60 minutes count from the start: present, left early 30 minutes before the end")
    void partOfTheSession() {
        var tom = sheet.setMinutesPresent(TOM.id(), 60, FIVE_CLINICIANS, LEADER, clockAt("2026-03-15T19:31"))
                .orElseThrow().attendanceOf(TOM.id());

        assertThat(tom.attendance().presence()).containsExactly(interval("18:00", "19:00"));
        assertThat(tom.status().minutesPresent()).isEqualTo(60);
        assertThat(tom.status().leftEarly()).isTrue();
        assertThat(tom.status().minutesLeftEarly()).isEqualTo(30);
    }

    @Test
    @DisplayName("0 minutes mark Tom absent, even where the Zoom report shows him")
    void zeroIsAbsent() {
        var afterZoom = imported(importIntoSessionThree(report("zoom-session-3.csv")));

        var corrected = afterZoom.setMinutesPresent(TOM.id(), 0, FIVE_CLINICIANS, LEADER,
                clockAt("2026-03-15T19:45")).orElseThrow();

        assertThat(corrected.attendanceOf(TOM.id()).status().standing()).isEqualTo(Standing.ABSENT);
        assertThat(corrected.correctionOf(TOM.id())).containsInstanceOf(LeaderCorrection.MarkedAbsent.class);
        assertThat(corrected.audit()).last().extracting(org.balint.core.audit.AuditEntry::event).isEqualTo("attendance-marked-absent");
    }

    @Test
    @DisplayName("negative minutes, minutes beyond the session and a stranger are refused with reasons; nothing changes")
    void refused() {
        var clock = clockAt("2026-03-15T19:45");
        assertThat(sheet.setMinutesPresent(TOM.id(), -5, FIVE_CLINICIANS, LEADER, clock).violations())
                .extracting(Violation::code).containsExactly("minutes-negative");
        assertThat(sheet.setMinutesPresent(TOM.id(), 91, FIVE_CLINICIANS, LEADER, clock).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("minutes-beyond-session");
                    assertThat(v.message()).contains("at most 90");
                });
        assertThat(sheet.setMinutesPresent(new MemberId("m-stranger"), 30, FIVE_CLINICIANS, LEADER, clock)
                .violations()).extracting(Violation::code).containsExactly("unknown-member");
        assertThat(sheet.corrections()).isEmpty();
    }
}
