package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.attendance.AttendanceFixtures.FIVE_CLINICIANS;
import static org.balint.core.attendance.AttendanceFixtures.LEADER;
import static org.balint.core.attendance.AttendanceFixtures.MEI;
import static org.balint.core.attendance.AttendanceFixtures.NEW_YORK_TIMES;
import static org.balint.core.attendance.AttendanceFixtures.TOM;
import static org.balint.core.attendance.AttendanceFixtures.clockAt;
import static org.balint.core.attendance.AttendanceFixtures.emptySheetForSessionThree;
import static org.balint.core.attendance.AttendanceFixtures.entered;
import static org.balint.core.attendance.AttendanceFixtures.importIntoSessionThree;
import static org.balint.core.attendance.AttendanceFixtures.imported;
import static org.balint.core.attendance.AttendanceFixtures.interval;
import static org.balint.core.attendance.AttendanceFixtures.report;

import java.time.Instant;
import java.util.List;
import org.balint.core.attendance.AttendanceStatus.Standing;
import org.balint.core.attendance.MemberAttendance.DecidedBy;
import org.balint.core.audit.AuditEntry;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Leader corrections in session 3 (18:00 to 19:30). In the Zoom report Tom was there from 18:20 to
 * 19:10 and Mei was not there at all.
 */
class LeaderCorrectionsTest {

    private final AttendanceSheet afterZoom = imported(importIntoSessionThree(report("zoom-session-3.csv")));

    @Test
    @DisplayName("a leader who saw Tom from 18:05 sets his presence: 85 minutes, not the report's 50")
    void setPresenceWinsOverReport() {
        var corrected = afterZoom.setPresence(TOM.id(), List.of(entered("18:05", "19:30")), FIVE_CLINICIANS, LEADER,
                clockAt("2026-03-15T19:45")).orElseThrow();

        var tom = corrected.attendanceOf(TOM.id());
        assertThat(tom.attendance().presence()).containsExactly(interval("18:05", "19:30"));
        assertThat(tom.status().standing()).isEqualTo(Standing.PRESENT);
        assertThat(tom.status().deviations()).isEmpty();
        assertThat(tom.decidedBy()).isEqualTo(DecidedBy.LEADER_CORRECTION);
        assertThat(tom.evidence()).extracting(Evidence::counts).containsExactly(true, false);
        assertThat(tom.evidence().get(0).source())
                .isEqualTo(new EvidenceSource.LeaderMarking(LEADER, Instant.parse("2026-03-15T23:45:00Z")));
    }

    @Test
    @DisplayName("a correction made before the report arrives still wins when the report is imported later")
    void correctionWinsOverLaterImport() {
        var excusedFirst = emptySheetForSessionThree().markExcused(TOM.id(), FIVE_CLINICIANS, LEADER,
                clockAt("2026-03-15T17:00")).orElseThrow();

        var afterImport = imported(excusedFirst.importReport(report("zoom-session-3.csv"), FIVE_CLINICIANS,
                NEW_YORK_TIMES, LEADER, clockAt("2026-03-16T09:00")));

        var tom = afterImport.attendanceOf(TOM.id());
        assertThat(tom.status().standing()).isEqualTo(Standing.EXCUSED);
        assertThat(tom.attendance().presence()).isEmpty();
        assertThat(tom.evidence()).hasSize(2).extracting(Evidence::counts).containsExactly(true, false);
    }

    @Test
    @DisplayName("a member marked absent is absent whatever the report shows")
    void markAbsent() {
        var corrected = afterZoom.markAbsent(TOM.id(), FIVE_CLINICIANS, LEADER, clockAt("2026-03-15T19:45"))
                .orElseThrow();

        var tom = corrected.attendanceOf(TOM.id());
        assertThat(tom.status().standing()).isEqualTo(Standing.ABSENT);
        assertThat(tom.attendance().minutesPresent()).isZero();
    }

    @Test
    @DisplayName("a later correction replaces the earlier one and both are in the audit trail")
    void laterCorrectionReplaces() {
        var sheet = afterZoom.markExcused(MEI.id(), FIVE_CLINICIANS, LEADER, clockAt("2026-03-15T19:40"))
                .flatMap(s -> s.setPresence(MEI.id(), List.of(entered("18:00", "18:40"), entered("18:50", "19:30")),
                        FIVE_CLINICIANS, LEADER, clockAt("2026-03-15T19:50")))
                .orElseThrow();

        assertThat(sheet.corrections()).singleElement().isInstanceOf(LeaderCorrection.PresenceSet.class);
        assertThat(sheet.attendanceOf(MEI.id()).attendance().minutesPresent()).isEqualTo(80);
        assertThat(sheet.audit()).extracting(AuditEntry::event).containsExactly("attendance-report-imported",
                "attendance-marked-excused", "attendance-presence-set");
        assertThat(sheet.audit().get(2).at()).isEqualTo(AttendanceFixtures.at("2026-03-15T19:50"));
        assertThat(sheet.audit().get(2).actor()).isEqualTo(LEADER);
    }

    @Test
    @DisplayName("withdrawing a correction lets the report decide again")
    void withdrawCorrection() {
        var withdrawn = afterZoom.markAbsent(TOM.id(), FIVE_CLINICIANS, LEADER, clockAt("2026-03-15T19:45"))
                .flatMap(s -> s.withdrawCorrection(TOM.id(), LEADER, clockAt("2026-03-15T19:46")))
                .orElseThrow();

        assertThat(withdrawn.attendanceOf(TOM.id()).attendance().minutesPresent()).isEqualTo(50);
        assertThat(withdrawn.audit()).last().extracting(AuditEntry::event)
                .isEqualTo("attendance-correction-withdrawn");
    }

    @Test
    @DisplayName("withdrawing a correction that does not exist is refused")
    void withdrawNothing() {
        assertThat(afterZoom.withdrawCorrection(TOM.id(), LEADER, clockAt("2026-03-15T19:45")).violations())
                .extracting(Violation::code).containsExactly("no-correction");
    }

    @Test
    @DisplayName("overlapping, inverted, out-of-session and unrounded intervals are refused with every reason")
    void badEntriesRefusedWithReasons() {
        var outcome = afterZoom.setPresence(TOM.id(), List.of(
                entered("18:00", "18:40"),
                entered("18:30", "19:00"),
                entered("19:20", "19:10"),
                entered("17:30", "18:00"),
                new EnteredInterval(AttendanceFixtures.at("2026-03-15T19:10").plusSeconds(30),
                        AttendanceFixtures.at("2026-03-15T19:30"))),
                FIVE_CLINICIANS, LEADER, clockAt("2026-03-15T19:45"));

        assertThat(outcome.violations()).extracting(Violation::code).containsExactly(
                "leave-not-after-join", "outside-session", "not-whole-minutes", "overlapping-intervals");
        assertThat(outcome.violations().get(0).message()).startsWith("interval 3 ");
        assertThat(outcome.violations().get(1).message()).startsWith("interval 4 ");
    }

    @Test
    @DisplayName("presence that runs past the end of the session is refused")
    void pastTheEnd() {
        assertThat(afterZoom.setPresence(TOM.id(), List.of(entered("19:00", "19:35")), FIVE_CLINICIANS, LEADER,
                clockAt("2026-03-15T19:45")).violations()).extracting(Violation::code)
                .containsExactly("outside-session");
    }

    @Test
    @DisplayName("entering no presence at all is refused with a pointer to marking absent")
    void noPresence() {
        var outcome = afterZoom.setPresence(TOM.id(), List.of(), FIVE_CLINICIANS, LEADER,
                clockAt("2026-03-15T19:45"));

        assertThat(outcome.violations()).extracting(Violation::code).containsExactly("no-presence-given");
        assertThat(outcome.violations().get(0).message()).contains("absent");
    }

    @Test
    @DisplayName("a correction for someone who is not a member is refused, together with any other reason")
    void unknownMember() {
        var stranger = new MemberId("m-stranger");

        assertThat(afterZoom.setPresence(stranger, List.of(entered("19:00", "18:00")), FIVE_CLINICIANS, LEADER,
                clockAt("2026-03-15T19:45")).violations()).extracting(Violation::code)
                .containsExactly("unknown-member", "leave-not-after-join");
        assertThat(afterZoom.markExcused(stranger, FIVE_CLINICIANS, LEADER, clockAt("2026-03-15T19:45"))
                .violations()).extracting(Violation::code).containsExactly("unknown-member");
        assertThat(afterZoom.markAbsent(stranger, FIVE_CLINICIANS, LEADER, clockAt("2026-03-15T19:45"))
                .violations()).extracting(Violation::code).containsExactly("unknown-member");
    }

    @Test
    @DisplayName("a refused correction leaves the sheet as it was")
    void refusedCorrectionChangesNothing() {
        afterZoom.setPresence(TOM.id(), List.of(entered("19:00", "18:00")), FIVE_CLINICIANS, LEADER,
                clockAt("2026-03-15T19:45"));

        assertThat(afterZoom.corrections()).isEmpty();
        assertThat(afterZoom.audit()).hasSize(1);
    }
}
