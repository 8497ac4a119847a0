package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.attendance.AttendanceFixtures.ANA;
import static org.balint.core.attendance.AttendanceFixtures.FIVE_CLINICIANS;
import static org.balint.core.attendance.AttendanceFixtures.JOSE;
import static org.balint.core.attendance.AttendanceFixtures.MEI;
import static org.balint.core.attendance.AttendanceFixtures.PRIYA;
import static org.balint.core.attendance.AttendanceFixtures.TOM;
import static org.balint.core.attendance.AttendanceFixtures.importIntoSessionThree;
import static org.balint.core.attendance.AttendanceFixtures.interval;
import static org.balint.core.attendance.AttendanceFixtures.report;

import java.util.Optional;
import org.balint.core.attendance.AttendanceStatus.Deviation;
import org.balint.core.attendance.AttendanceStatus.Standing;
import org.balint.core.attendance.MemberAttendance.DecidedBy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Zoom participant list of session 3 (18:00 to 19:30 in New York), see zoom-session-3.csv. */
class ImportingAZoomReportTest {

    private final ReportImport.Imported outcome =
            (ReportImport.Imported) importIntoSessionThree(report("zoom-session-3.csv"));
    private final AttendanceSheet sheet = outcome.updated();

    @Test
    @DisplayName("the report is recognised as Zoom's, and its four members are matched")
    void recognisedAndMatched() {
        assertThat(outcome.receipt().platform()).isEqualTo(VideoPlatform.ZOOM);
        assertThat(outcome.receipt().rows()).isEqualTo(8);
        assertThat(outcome.matchedMembers()).containsExactlyInAnyOrder(ANA.id(), JOSE.id(), PRIYA.id(), TOM.id());
    }

    @Test
    @DisplayName("Ana dropped at 18:41 and rejoined at 18:43: 41 + 47 = 88 minutes, early joining not counted")
    void anaDroppedAndRejoined() {
        var ana = sheet.attendanceOf(ANA.id());

        assertThat(ana.attendance().presence()).containsExactly(interval("18:00", "18:41"),
                interval("18:43", "19:30"));
        assertThat(ana.attendance().minutesPresent()).isEqualTo(88);
        assertThat(ana.status().standing()).isEqualTo(Standing.PRESENT);
        assertThat(ana.status().deviations()).isEmpty();
        assertThat(ana.decidedBy()).isEqualTo(DecidedBy.ATTENDANCE_REPORTS);
    }

    @Test
    @DisplayName("Ana's evidence is report lines 3 and 6 as reported, seconds dropped and not yet clipped")
    void anaEvidence() {
        var evidence = sheet.attendanceOf(ANA.id()).evidence();

        assertThat(evidence).extracting(Evidence::source).containsExactly(
                new EvidenceSource.ReportRow(outcome.receipt().report(), VideoPlatform.ZOOM, 3),
                new EvidenceSource.ReportRow(outcome.receipt().report(), VideoPlatform.ZOOM, 6));
        assertThat(evidence.get(0).presence()).containsExactly(interval("17:58", "18:41"));
        assertThat(evidence).allMatch(Evidence::counts);
    }

    @Test
    @DisplayName("José is matched by his e-mail address in capitals and was 12 minutes late: 78 minutes")
    void joseLate() {
        var jose = sheet.attendanceOf(JOSE.id());

        assertThat(jose.attendance().presence()).containsExactly(interval("18:12", "19:30"));
        assertThat(jose.status().deviations()).containsExactly(Deviation.LATE);
        assertThat(jose.status().minutesLate()).isEqualTo(12);
    }

    @Test
    @DisplayName("Priya left at 19:05, 25 minutes before the end: present for 65 minutes and left early")
    void priyaLeftEarly() {
        var priya = sheet.attendanceOf(PRIYA.id());

        assertThat(priya.attendance().minutesPresent()).isEqualTo(65);
        assertThat(priya.status().deviations()).containsExactly(Deviation.LEFT_EARLY);
    }

    @Test
    @DisplayName("\"becker, tom\" without e-mail is Tom Becker by name: 50 minutes, late and left early")
    void tomByNameLateAndEarly() {
        var tom = sheet.attendanceOf(TOM.id());

        assertThat(tom.attendance().presence()).containsExactly(interval("18:20", "19:10"));
        assertThat(tom.status().standing()).isEqualTo(Standing.PRESENT);
        assertThat(tom.status().deviations()).containsExactlyInAnyOrder(Deviation.LATE, Deviation.LEFT_EARLY);
    }

    @Test
    @DisplayName("Mei is not in the report: absent, with no evidence")
    void meiAbsent() {
        var mei = sheet.attendanceOf(MEI.id());

        assertThat(mei.status().standing()).isEqualTo(Standing.ABSENT);
        assertThat(mei.decidedBy()).isEqualTo(DecidedBy.NO_PRESENCE_EVIDENCE);
        assertThat(mei.evidence()).isEmpty();
        assertThat(sheet.membersWhoAre(Standing.ABSENT, FIVE_CLINICIANS)).containsExactly(MEI.id());
    }

    @Test
    @DisplayName("the leader, a second device and a visitor match nobody and wait for a leader, never guessed")
    void unmatchedAttendees() {
        assertThat(outcome.unmatched()).extracting(UnmatchedAttendee::name, UnmatchedAttendee::firstLine)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ruth Alvarez", 2),
                        org.assertj.core.groups.Tuple.tuple("Priya's iPhone", 5),
                        org.assertj.core.groups.Tuple.tuple("Dana Whitfield (observer)", 9));
        assertThat(outcome.unmatched()).allMatch(a -> a.reason() == UnmatchedAttendee.Reason.NO_MEMBER);
        assertThat(outcome.unmatched().get(1).email()).isEqualTo(Optional.empty());
        assertThat(outcome.unmatched().get(1).rows()).singleElement()
                .isEqualTo(new UnmatchedAttendee.Row(5, interval("18:01", "18:55")));
        assertThat(sheet.unmatched()).isEqualTo(outcome.unmatched());
    }

    @Test
    @DisplayName("the import is audited with who imported it and when")
    void audited() {
        assertThat(sheet.audit()).singleElement().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("attendance-report-imported");
            assertThat(entry.actor()).isEqualTo(AttendanceFixtures.LEADER);
            assertThat(entry.at()).isEqualTo(AttendanceFixtures.AFTER_THE_SESSION.instant());
            assertThat(entry.description()).contains("Zoom").contains("8 rows").contains("4 members matched")
                    .contains("3 attendees");
        });
        assertThat(sheet.reports()).containsExactly(outcome.receipt());
    }

    @Test
    @DisplayName("a Zoom export with the meeting summary on top reads the participant list below it")
    void meetingSummaryOnTop() {
        var withSummary = (ReportImport.Imported) importIntoSessionThree(
                report("zoom-session-3-with-meeting-data.csv"));

        assertThat(withSummary.receipt().platform()).isEqualTo(VideoPlatform.ZOOM);
        assertThat(withSummary.matchedMembers()).containsExactlyInAnyOrder(MEI.id(), TOM.id());
        assertThat(withSummary.unmatched()).singleElement().extracting(UnmatchedAttendee::firstLine).isEqualTo(5);
        var mei = withSummary.updated().attendanceOf(MEI.id());
        assertThat(mei.attendance().presence()).containsExactly(interval("18:00", "19:29"));
        assertThat(withSummary.updated().attendanceOf(TOM.id()).attendance().minutesPresent()).isEqualTo(86);
    }
}
