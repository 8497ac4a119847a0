package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balint.core.attendance.AttendanceFixtures.FIVE_CLINICIANS;
import static org.balint.core.attendance.AttendanceFixtures.LEADER;
import static org.balint.core.attendance.AttendanceFixtures.TOM;
import static org.balint.core.attendance.AttendanceFixtures.at;
import static org.balint.core.attendance.AttendanceFixtures.clockAt;
import static org.balint.core.attendance.AttendanceFixtures.emptySheetForSessionThree;
import static org.balint.core.attendance.AttendanceFixtures.importIntoSessionThree;
import static org.balint.core.attendance.AttendanceFixtures.imported;
import static org.balint.core.attendance.AttendanceFixtures.interval;
import static org.balint.core.attendance.AttendanceFixtures.report;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A storage adapter restores a sheet through its canonical constructor from the parts it saved. */
class RestoringAStoredSheetTest {

    private final AttendanceSheet sheet = imported(importIntoSessionThree(report("zoom-session-3.csv")))
            .markExcused(TOM.id(), FIVE_CLINICIANS, LEADER, clockAt("2026-03-15T20:00")).orElseThrow();

    @Test
    @DisplayName("a sheet rebuilt from its parts equals the sheet that was saved")
    void roundTrip() {
        var restored = new AttendanceSheet(sheet.group(), sheet.session(), sheet.thresholds(), sheet.reports(),
                sheet.reported(), sheet.unmatched(), sheet.corrections(), sheet.launches(), sheet.audit());

        assertThat(restored).isEqualTo(sheet);
        assertThat(restored.attendanceOf(FIVE_CLINICIANS)).isEqualTo(sheet.attendanceOf(FIVE_CLINICIANS));
    }

    @Test
    @DisplayName("rows of a report the sheet never imported are refused as corrupt storage")
    void rowsWithoutTheirReport() {
        assertThatThrownBy(() -> new AttendanceSheet(sheet.group(), sheet.session(), sheet.thresholds(), List.of(),
                sheet.reported(), List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("two corrections for one member are refused as corrupt storage")
    void twoCorrectionsForOneMember() {
        var twice = List.<LeaderCorrection>of(
                new LeaderCorrection.MarkedAbsent(TOM.id(), LEADER, at("2026-03-15T20:00")),
                new LeaderCorrection.MarkedExcused(TOM.id(), LEADER, at("2026-03-15T20:05")));

        assertThatThrownBy(() -> new AttendanceSheet(sheet.group(), sheet.session(), sheet.thresholds(), List.of(),
                List.of(), List.of(), twice, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("corrected presence outside the session is refused as corrupt storage")
    void correctedPresenceOutsideTheSession() {
        var outside = List.<LeaderCorrection>of(new LeaderCorrection.PresenceSet(TOM.id(),
                List.of(interval("17:30", "18:30")), LEADER, at("2026-03-15T20:00")));
        var empty = emptySheetForSessionThree();

        assertThatThrownBy(() -> new AttendanceSheet(empty.group(), empty.session(), empty.thresholds(), List.of(),
                List.of(), List.of(), outside, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
