package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.balint.core.attendance.AttendanceFixtures.importIntoSessionThree;
import static org.balint.core.attendance.AttendanceFixtures.zoomReport;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad row, each reported with its line and reason; a report with any bad row imports
 * nothing. Session 3 runs 18:00 to 19:30 in New York; rows are accepted from 17:45 to 19:45.
 */
class RejectingBadReportsTest {

    private static final String GOOD_ROW =
            "Ana Lima,ana.lima@clinic.example,03/15/2026 06:00:00 PM,03/15/2026 07:30:00 PM,90";

    private static ReportImport.Rejected rejected(AttendanceReport report) {
        ReportImport outcome = importIntoSessionThree(report);
        assertThat(outcome).isInstanceOf(ReportImport.Rejected.class);
        assertThat(outcome.sheet()).isEmpty();
        return (ReportImport.Rejected) outcome;
    }

    private static ReportImport.Rejected rejected(String csv) {
        return rejected(AttendanceReport.of(csv));
    }

    @Test
    @DisplayName("one bad row among good ones rejects the whole report, naming only the bad line")
    void oneBadRowRejectsAll() {
        var outcome = rejected(zoomReport(GOOD_ROW,
                "Tom Becker,tbecker@uni.example,03/15/2026 06:00:00 PM,yesterday,90",
                GOOD_ROW));

        assertThat(outcome.badRows()).extracting(BadRow::line, BadRow::code)
                .containsExactly(tuple(3, "unparseable-leave-time"));
        assertThat(outcome.badRows().get(0).message()).contains("\"yesterday\"");
        assertThat(outcome.violations().get(0).message()).startsWith("line 3: ");
    }

    @Test
    @DisplayName("every bad row is reported, in line order, with every problem of each row")
    void everyBadRowReported() {
        var outcome = rejected(zoomReport(
                ",,03/15/2026 06:00:00 PM,03/15/2026 07:00:00 PM,60",
                GOOD_ROW,
                "Tom Becker,tbecker@uni.example,noon,soon,90",
                "Mei Chen,mei.chen@clinic.example,03/15/2026 07:00:00 PM,03/15/2026 06:00:00 PM,60"));

        assertThat(outcome.badRows()).extracting(BadRow::line, BadRow::code).containsExactly(
                tuple(2, "participant-not-named"),
                tuple(4, "unparseable-join-time"),
                tuple(4, "unparseable-leave-time"),
                tuple(5, "leave-before-join"));
    }

    @Test
    @DisplayName("a leave time before the join time is an inverted row")
    void invertedRow() {
        var bad = rejected(zoomReport(
                "Mei Chen,mei.chen@clinic.example,03/15/2026 07:00:00 PM,03/15/2026 06:00:00 PM,60")).badRows();

        assertThat(bad).extracting(BadRow::line, BadRow::code).containsExactly(tuple(2, "leave-before-join"));
        assertThat(bad.get(0).message()).contains("2026-03-15 19:00").contains("2026-03-15 18:00");
    }

    @Test
    @DisplayName("a row of last week's session is entirely outside this one")
    void rowOfAnotherSession() {
        var bad = rejected(zoomReport(GOOD_ROW,
                "Tom Becker,tbecker@uni.example,03/08/2026 06:00:00 PM,03/08/2026 07:30:00 PM,90")).badRows();

        assertThat(bad).extracting(BadRow::line, BadRow::code).containsExactly(tuple(3, "outside-session"));
        assertThat(bad.get(0).message()).contains("session 3").contains("17:45").contains("19:45")
                .contains("America/New_York");
    }

    @Test
    @DisplayName("a row that ended before the early-joining grace began is outside the session")
    void beforeTheGrace() {
        var bad = rejected(zoomReport(
                "Tom Becker,tbecker@uni.example,03/15/2026 05:00:00 PM,03/15/2026 05:45:00 PM,45")).badRows();

        assertThat(bad).extracting(BadRow::line, BadRow::code).containsExactly(tuple(2, "outside-session"));
    }

    @Test
    @DisplayName("a row that starts after the overrun grace is outside the session")
    void afterTheGrace() {
        var bad = rejected(zoomReport(
                "Tom Becker,tbecker@uni.example,03/15/2026 07:45:00 PM,03/15/2026 08:00:00 PM,15")).badRows();

        assertThat(bad).extracting(BadRow::line, BadRow::code).containsExactly(tuple(2, "outside-session"));
    }

    @Test
    @DisplayName("empty join and leave times are missing, not unparseable")
    void missingTimes() {
        var bad = rejected(zoomReport("Tom Becker,tbecker@uni.example,,  ,0")).badRows();

        assertThat(bad).extracting(BadRow::line, BadRow::code)
                .containsExactly(tuple(2, "missing-join-time"), tuple(2, "missing-leave-time"));
    }

    @Test
    @DisplayName("an unreadable join time is named with the formats that are read")
    void unparseableJoin() {
        var bad = rejected(zoomReport("Tom Becker,tbecker@uni.example,15.03.2026 18:00,03/15/2026 07:30:00 PM,90"))
                .badRows();

        assertThat(bad).extracting(BadRow::line, BadRow::code).containsExactly(tuple(2, "unparseable-join-time"));
        assertThat(bad.get(0).message()).contains("\"15.03.2026 18:00\"").contains("month first");
    }

    @Test
    @DisplayName("a row with a name containing an unquoted comma has too many fields")
    void wrongNumberOfFields() {
        var bad = rejected(zoomReport(GOOD_ROW,
                "Becker, Tom,tbecker@uni.example,03/15/2026 06:00:00 PM,03/15/2026 07:30:00 PM,90")).badRows();

        assertThat(bad).extracting(BadRow::line, BadRow::code).containsExactly(tuple(3, "wrong-number-of-fields"));
        assertThat(bad.get(0).message()).contains("6 fields").contains("5 columns");
    }

    @Test
    @DisplayName("a heading without a leave time column names the missing column on line 1")
    void missingColumn() {
        var bad = rejected("Name (original name),User email,Join time\nAna Lima,a@x.example,03/15/2026 06:00 PM\n")
                .badRows();

        assertThat(bad).extracting(BadRow::line, BadRow::code).containsExactly(tuple(1, "missing-column"));
        assertThat(bad.get(0).message()).contains("leave time");
    }

    @Test
    @DisplayName("a column no Zoom or Teams report has is an unknown column, and the rows are still checked")
    void unknownColumn() {
        var bad = rejected("Name,Email,Join time,Leave time,Department\n"
                + "Ana Lima,ana.lima@clinic.example,03/15/2026 06:00 PM,later,x\n").badRows();

        assertThat(bad).extracting(BadRow::line, BadRow::code)
                .containsExactly(tuple(1, "unknown-column"), tuple(2, "unparseable-leave-time"));
        assertThat(bad.get(0).message()).contains("column 5 \"Department\"");
    }

    @Test
    @DisplayName("a repeated column is reported")
    void duplicateColumn() {
        var bad = rejected("Name,Join time,Leave time,Join time\n"
                + "Ana Lima,03/15/2026 06:00 PM,03/15/2026 07:30 PM,03/15/2026 06:00 PM\n").badRows();

        assertThat(bad).extracting(BadRow::line, BadRow::code).containsExactly(tuple(1, "duplicate-column"));
    }

    @Test
    @DisplayName("the older Teams join-and-leave log is explained rather than called unknown")
    void oldTeamsLog() {
        var bad = rejected("Full Name\tUser Action\tTimestamp\nAna Lima\tJoined\t3/15/2026, 6:00:00 PM\n").badRows();

        assertThat(bad).extracting(BadRow::code).contains("join-leave-log-not-supported", "missing-column");
        assertThat(bad).allMatch(row -> row.line() == 1);
    }

    @Test
    @DisplayName("an empty file has no participant table")
    void emptyFile() {
        assertThat(rejected("").badRows()).extracting(BadRow::line, BadRow::code)
                .containsExactly(tuple(1, "no-participant-table"));
    }

    @Test
    @DisplayName("a heading with no rows below it lists no participants")
    void headingOnly() {
        assertThat(rejected(zoomReport()).badRows()).extracting(BadRow::line, BadRow::code)
                .containsExactly(tuple(1, "no-participants"));
    }

    @Test
    @DisplayName("an unclosed quote is reported at the line where the row starts")
    void unterminatedQuote() {
        var bad = rejected(zoomReport(GOOD_ROW,
                "\"Becker, Tom,tbecker@uni.example,03/15/2026 06:00:00 PM,03/15/2026 07:30:00 PM,90", GOOD_ROW))
                .badRows();

        assertThat(bad).extracting(BadRow::line, BadRow::code).containsExactly(tuple(3, "unterminated-quote"));
    }

    @Test
    @DisplayName("text after a closing quote is reported at its line")
    void textAfterQuote() {
        var bad = rejected(zoomReport(GOOD_ROW,
                "\"Becker\" Tom,tbecker@uni.example,03/15/2026 06:00:00 PM,03/15/2026 07:30:00 PM,90")).badRows();

        assertThat(bad).extracting(BadRow::line, BadRow::code).containsExactly(tuple(3, "text-after-quote"));
    }

    @Test
    @DisplayName("a bad row below a Zoom meeting summary is reported at its line in the file")
    void lineNumbersCountTheSummary() {
        var bad = rejected("Meeting ID,Topic\n812 3456 7890,Session 3\n\n"
                + "Name (original name),User email,Join time,Leave time\n"
                + "Ana Lima,ana.lima@clinic.example,03/15/2026 06:00 PM,03/15/2026 07:30 PM\n"
                + "Tom Becker,tbecker@uni.example,03/15/2026 06:00 PM,never\n").badRows();

        assertThat(bad).extracting(BadRow::line, BadRow::code).containsExactly(tuple(6, "unparseable-leave-time"));
    }

    @Test
    @DisplayName("a file that is not text is rejected on line 1")
    void notText() {
        byte[] binary = {(byte) 0xC3, (byte) 0x28, 0x00, (byte) 0xFF};

        assertThat(rejected(AttendanceReport.of(binary)).badRows()).extracting(BadRow::line, BadRow::code)
                .containsExactly(tuple(1, "not-text"));
    }

    @Test
    @DisplayName("a report imported from its bytes and from its text is the same report")
    void bytesAndTextAreTheSameReport() {
        String csv = "Name,Join time,Leave time\r\nAna Lima,03/15/2026 06:00 PM,03/15/2026 07:30 PM\r\n";

        assertThat(AttendanceReport.of(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8)).id())
                .isEqualTo(AttendanceReport.of(csv.replace("\r\n", "\n")).id());
    }

    @Test
    @DisplayName("a quoted name spanning two lines does not shift the line numbers of later bad rows")
    void multiLineFieldKeepsLineNumbers() {
        var bad = rejected(zoomReport("\"Ana\r\nLima\",ana.lima@clinic.example,03/15/2026 06:00 PM,03/15/2026 07:30 PM,90",
                "Tom Becker,tbecker@uni.example,03/15/2026 06:00 PM,,90")).badRows();

        assertThat(bad).extracting(BadRow::line, BadRow::code).containsExactly(tuple(4, "missing-leave-time"));
    }

    @Test
    @DisplayName("the early-joining grace is the group's: with none, a sound check from 17:50 to 17:59 is outside")
    void graceIsConfigurable() {
        var noGrace = AttendanceThresholds.defaults().withGrace(java.time.Duration.ZERO, java.time.Duration.ZERO);
        var soundCheck = zoomReport(
                "Tom Becker,tbecker@uni.example,03/15/2026 05:50:00 PM,03/15/2026 05:59:00 PM,9");

        var strict = AttendanceSheet.open(AttendanceFixtures.GROUP, AttendanceFixtures.sessionThree(), noGrace)
                .importReport(soundCheck, AttendanceFixtures.FIVE_CLINICIANS, AttendanceFixtures.NEW_YORK_TIMES,
                        AttendanceFixtures.LEADER, AttendanceFixtures.AFTER_THE_SESSION);
        var lenient = importIntoSessionThree(soundCheck);

        assertThat(((ReportImport.Rejected) strict).badRows()).extracting(BadRow::line, BadRow::code)
                .containsExactly(tuple(2, "outside-session"));
        assertThat(AttendanceFixtures.imported(lenient).attendanceOf(AttendanceFixtures.TOM.id()).attendance()
                .minutesPresent()).isZero();
    }
}
