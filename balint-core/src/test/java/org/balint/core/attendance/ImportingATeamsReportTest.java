package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.attendance.AttendanceFixtures.ANA;
import static org.balint.core.attendance.AttendanceFixtures.JOSE;
import static org.balint.core.attendance.AttendanceFixtures.MEI;
import static org.balint.core.attendance.AttendanceFixtures.PRIYA;
import static org.balint.core.attendance.AttendanceFixtures.TOM;
import static org.balint.core.attendance.AttendanceFixtures.importIntoSessionThree;
import static org.balint.core.attendance.AttendanceFixtures.interval;
import static org.balint.core.attendance.AttendanceFixtures.report;

import org.balint.core.attendance.AttendanceStatus.Deviation;
import org.balint.core.attendance.AttendanceStatus.Standing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Teams attendance reports of session 3 (18:00 to 19:30 in New York). */
class ImportingATeamsReportTest {

    private final ReportImport.Imported participants =
            (ReportImport.Imported) importIntoSessionThree(report("teams-session-3.csv"));
    private final AttendanceSheet sheet = participants.updated();

    @Test
    @DisplayName("Teams' participant list is recognised and the organiser is left for a leader")
    void recognised() {
        assertThat(participants.receipt().platform()).isEqualTo(VideoPlatform.TEAMS);
        assertThat(participants.matchedMembers()).containsExactlyInAnyOrder(ANA.id(), JOSE.id(), PRIYA.id(),
                MEI.id());
        assertThat(participants.unmatched()).singleElement().extracting(UnmatchedAttendee::name)
                .isEqualTo("Ruth Alvarez");
    }

    @Test
    @DisplayName("\"Lima, Ana\" from 18:03 to 19:29 is 86 minutes")
    void ana() {
        assertThat(sheet.attendanceOf(ANA.id()).attendance().presence()).containsExactly(interval("18:03", "19:29"));
    }

    @Test
    @DisplayName("a guest account's UPN matches nobody, so \"Jose Ramirez\" is matched to José Ramírez by name")
    void joseByNameWithoutAccents() {
        var jose = sheet.attendanceOf(JOSE.id());

        assertThat(jose.attendance().minutesPresent()).isEqualTo(90);
        assertThat(jose.status().deviations()).isEmpty();
    }

    @Test
    @DisplayName("with the Email column empty, the UPN column is used as the e-mail address")
    void priyaByUpn() {
        var priya = sheet.attendanceOf(PRIYA.id());

        assertThat(priya.attendance().presence()).containsExactly(interval("18:25", "19:30"));
        assertThat(priya.status().deviations()).containsExactly(Deviation.LATE);
    }

    @Test
    @DisplayName("\"Mei Chen (Guest)\" is Mei Chen; 30 of 90 minutes is below half the session: absent")
    void meiTooShort() {
        var mei = sheet.attendanceOf(MEI.id());

        assertThat(mei.attendance().minutesPresent()).isEqualTo(30);
        assertThat(mei.status().standing()).isEqualTo(Standing.ABSENT);
        assertThat(mei.status().describe()).isEqualTo("absent (30 minutes present)");
    }

    @Test
    @DisplayName("Tom is not in the report: absent")
    void tomAbsent() {
        assertThat(sheet.attendanceOf(TOM.id()).status().isAbsent()).isTrue();
    }

    @Test
    @DisplayName("a tab-separated UTF-16 Teams download is read; Tom's two overlapping rows count 90 minutes, not 110")
    void utf16ActivitiesWithOverlap() {
        var activities = (ReportImport.Imported) importIntoSessionThree(
                report("teams-session-3-activities-utf16.csv"));

        assertThat(activities.receipt().platform()).isEqualTo(VideoPlatform.TEAMS);
        var tom = activities.updated().attendanceOf(TOM.id());
        assertThat(tom.attendance().presence()).containsExactly(interval("18:00", "19:30"));
        assertThat(tom.evidence()).hasSize(2);
        assertThat(activities.updated().attendanceOf(MEI.id()).attendance().minutesPresent()).isEqualTo(90);
        assertThat(activities.unmatched()).isEmpty();
    }
}
