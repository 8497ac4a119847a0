package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.attendance.AttendanceFixtures.AFTER_THE_SESSION;
import static org.balint.core.attendance.AttendanceFixtures.ANA;
import static org.balint.core.attendance.AttendanceFixtures.FIVE_CLINICIANS;
import static org.balint.core.attendance.AttendanceFixtures.JOSE;
import static org.balint.core.attendance.AttendanceFixtures.LEADER;
import static org.balint.core.attendance.AttendanceFixtures.NEW_YORK_TIMES;
import static org.balint.core.attendance.AttendanceFixtures.TOM;
import static org.balint.core.attendance.AttendanceFixtures.emptySheetForSessionThree;
import static org.balint.core.attendance.AttendanceFixtures.importIntoSessionThree;
import static org.balint.core.attendance.AttendanceFixtures.member;
import static org.balint.core.attendance.AttendanceFixtures.zoomReport;

import java.util.ArrayList;
import java.util.List;
import org.balint.core.group.Member;
import org.balint.core.group.Profession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchingReportRowsToMembersTest {

    private static final String TIMES = "03/15/2026 06:00:00 PM,03/15/2026 07:30:00 PM,90";

    private static ReportImport.Imported importRows(List<Member> members, String... rows) {
        return (ReportImport.Imported) emptySheetForSessionThree().importReport(zoomReport(rows), members,
                NEW_YORK_TIMES, LEADER, AFTER_THE_SESSION);
    }

    @Test
    @DisplayName("the e-mail address is matched ignoring case")
    void emailIgnoringCase() {
        assertThat(importRows(FIVE_CLINICIANS, "Whoever,Ana.LIMA@Clinic.Example," + TIMES).matchedMembers())
                .containsExactly(ANA.id());
    }

    @Test
    @DisplayName("the e-mail address wins over a name that belongs to another member")
    void emailBeforeName() {
        assertThat(importRows(FIVE_CLINICIANS, "Tom Becker,ana.lima@clinic.example," + TIMES).matchedMembers())
                .containsExactly(ANA.id());
    }

    @Test
    @DisplayName("an unknown e-mail address falls back to the name")
    void unknownEmailFallsBackToName() {
        assertThat(importRows(FIVE_CLINICIANS, "Tom Becker,tom.private@mail.example," + TIMES).matchedMembers())
                .containsExactly(TOM.id());
    }

    @ParameterizedTest(name = "\"{0}\" is José Ramírez")
    @ValueSource(strings = {"José Ramírez", "jose ramirez", "JOSE   RAMIREZ", "\"Ramírez, José\"", "\"ramirez,jose\"",
            " José Ramírez ", "Pepe (José Ramírez)"})
    @DisplayName("names are matched ignoring case, accents, extra spaces and Last, First order")
    void normalisedNames(String reportedName) {
        assertThat(importRows(FIVE_CLINICIANS, reportedName + ",," + TIMES).matchedMembers())
                .containsExactly(JOSE.id());
    }

    @ParameterizedTest(name = "\"{0}\" is José Ramírez")
    @ValueSource(strings = {"Dr. José Ramírez", "\"Ramírez, José, MD\"", "\"Dr Ramirez, Jose\"", "José Ramírez MD",
            "\"José Ramírez, M.D., FAAFP\""})
    @DisplayName("titles and clinical credentials in a display name are not part of the name")
    void titlesAndCredentialsIgnored(String reportedName) {
        assertThat(importRows(FIVE_CLINICIANS, reportedName + ",," + TIMES).matchedMembers())
                .containsExactly(JOSE.id());
    }

    @Test
    @DisplayName("a partial name is not a match: \"José\" alone waits for a leader")
    void partialNameIsNoMatch() {
        var outcome = importRows(FIVE_CLINICIANS, "José,," + TIMES);

        assertThat(outcome.matchedMembers()).isEmpty();
        assertThat(outcome.unmatched()).singleElement().extracting(UnmatchedAttendee::reason)
                .isEqualTo(UnmatchedAttendee.Reason.NO_MEMBER);
    }

    @Test
    @DisplayName("two members with the same name: a row with only that name is not guessed but lists both")
    void twoMembersWithTheSameName() {
        var samA = member("m-sam-a", "Sam Taylor", Profession.psychologist(), "sam.taylor@north.example");
        var samB = member("m-sam-b", "Sam Taylor", Profession.socialWorker(), "staylor@south.example");
        var members = new ArrayList<>(FIVE_CLINICIANS);
        members.add(samA);
        members.add(samB);

        var outcome = importRows(members, "Sam Taylor,," + TIMES, "Sam Taylor,staylor@south.example," + TIMES);

        assertThat(outcome.matchedMembers()).containsExactly(samB.id());
        assertThat(outcome.unmatched()).singleElement().satisfies(attendee -> {
            assertThat(attendee.reason()).isEqualTo(UnmatchedAttendee.Reason.SEVERAL_MEMBERS);
            assertThat(attendee.candidates()).containsExactly(samA.id(), samB.id());
            assertThat(attendee.firstLine()).isEqualTo(2);
        });
    }

    @Test
    @DisplayName("two members sharing an e-mail address are not told apart by it")
    void sharedEmail() {
        var first = member("m-lee-1", "Lee Park", Profession.nursePractitioner(), "clinic-team@health.example");
        var second = member("m-lee-2", "Kim Park", Profession.nursePractitioner(), "clinic-team@health.example");

        var outcome = importRows(List.of(first, second), "Lee Park,clinic-team@health.example," + TIMES);

        assertThat(outcome.matchedMembers()).isEmpty();
        assertThat(outcome.unmatched()).singleElement().extracting(UnmatchedAttendee::candidates)
                .isEqualTo(List.of(first.id(), second.id()));
    }

    @Test
    @DisplayName("all rows of one unknown person are kept together as one attendee")
    void rowsOfOnePersonTogether() {
        var outcome = importRows(FIVE_CLINICIANS,
                "Guest Speaker,guest@visitor.example,03/15/2026 06:00:00 PM,03/15/2026 06:30:00 PM,30",
                "Ana Lima,ana.lima@clinic.example," + TIMES,
                "Guest (phone),GUEST@visitor.example,03/15/2026 06:40:00 PM,03/15/2026 07:00:00 PM,20");

        assertThat(outcome.unmatched()).singleElement().satisfies(attendee -> {
            assertThat(attendee.rows()).extracting(UnmatchedAttendee.Row::line).containsExactly(2, 4);
            assertThat(attendee.describe()).isEqualTo("Guest Speaker <guest@visitor.example> (lines 2, 4)");
        });
    }

    @Test
    @DisplayName("a row whose join and leave fall in the same minute counts no time and is listed as such")
    void underAMinute() {
        var outcome = importRows(FIVE_CLINICIANS,
                "Ana Lima,ana.lima@clinic.example,03/15/2026 06:00:05 PM,03/15/2026 06:00:40 PM,1",
                "Ana Lima,ana.lima@clinic.example,03/15/2026 06:01:00 PM,03/15/2026 07:30:00 PM,89");

        assertThat(outcome.linesUnderAMinute()).containsExactly(2);
        assertThat(outcome.updated().attendanceOf(ANA.id()).attendance().minutesPresent()).isEqualTo(89);
    }

    @Test
    @DisplayName("the same report imported twice counts once and is not audited again")
    void importedTwice() {
        var report = zoomReport("Ana Lima,ana.lima@clinic.example," + TIMES);
        var once = (ReportImport.Imported) importIntoSessionThree(report);

        ReportImport twice = once.updated().importReport(AttendanceReport.of(
                "\uFEFFName (original name),User email,Join time,Leave time,Duration (minutes)\r\n"
                        + "Ana Lima,ana.lima@clinic.example," + TIMES + "\r\n"),
                FIVE_CLINICIANS, NEW_YORK_TIMES, LEADER, AFTER_THE_SESSION);

        assertThat(twice).isInstanceOf(ReportImport.AlreadyImported.class);
        assertThat(((ReportImport.AlreadyImported) twice).earlierReceipt()).isEqualTo(once.receipt());
        assertThat(twice.sheet()).contains(once.updated());
        assertThat(once.updated().attendanceOf(ANA.id()).attendance().minutesPresent()).isEqualTo(90);
        assertThat(once.updated().audit()).hasSize(1);
    }

    @Test
    @DisplayName("a second, different report of the same session adds its minutes without counting overlaps twice")
    void secondReportAddsWithoutDoubleCounting() {
        var first = imported(zoomReport(
                "Ana Lima,ana.lima@clinic.example,03/15/2026 06:00:00 PM,03/15/2026 06:50:00 PM,50"));
        var both = first.importReport(zoomReport(
                "Ana Lima,ana.lima@clinic.example,03/15/2026 06:40:00 PM,03/15/2026 07:20:00 PM,40"),
                FIVE_CLINICIANS, NEW_YORK_TIMES, LEADER, AFTER_THE_SESSION);

        var ana = AttendanceFixtures.imported(both).attendanceOf(ANA.id());
        assertThat(ana.attendance().minutesPresent()).isEqualTo(80);
        assertThat(ana.evidence()).hasSize(2);
    }

    private static AttendanceSheet imported(AttendanceReport report) {
        return AttendanceFixtures.imported(importIntoSessionThree(report));
    }
}
