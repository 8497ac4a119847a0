package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.attendance.AttendanceFixtures.FIVE_CLINICIANS;
import static org.balint.core.attendance.AttendanceFixtures.MEI;
import static org.balint.core.attendance.AttendanceFixtures.at;
import static org.balint.core.attendance.AttendanceFixtures.emptySheetForSessionThree;

import java.util.List;
import org.balint.core.attendance.MemberAttendance.DecidedBy;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LmsLaunchesTest {

    @Test
    @DisplayName("a launch from the LMS at 17:58 is evidence that Mei came, but adds no minutes")
    void launchIsEvidenceWithoutMinutes() {
        var sheet = emptySheetForSessionThree().recordLaunch(MEI.id(), at("2026-03-15T17:58"), FIVE_CLINICIANS)
                .orElseThrow();

        var mei = sheet.attendanceOf(MEI.id());
        assertThat(mei.attendance().minutesPresent()).isZero();
        assertThat(mei.status().isAbsent()).isTrue();
        assertThat(mei.decidedBy()).isEqualTo(DecidedBy.NO_PRESENCE_EVIDENCE);
        assertThat(mei.evidence()).containsExactly(
                new Evidence(new EvidenceSource.LmsLaunch(at("2026-03-15T17:58")), List.of(), false));
    }

    @Test
    @DisplayName("the same launch recorded twice is kept once")
    void sameLaunchOnce() {
        var once = emptySheetForSessionThree().recordLaunch(MEI.id(), at("2026-03-15T17:58"), FIVE_CLINICIANS)
                .orElseThrow();

        assertThat(once.recordLaunch(MEI.id(), at("2026-03-15T17:58"), FIVE_CLINICIANS).orElseThrow())
                .isEqualTo(once);
    }

    @Test
    @DisplayName("a launch the day before is not evidence for this session, and a stranger's launch is refused")
    void launchOutsideSessionOrByStranger() {
        var outcome = emptySheetForSessionThree().recordLaunch(new MemberId("m-stranger"), at("2026-03-14T18:00"),
                FIVE_CLINICIANS);

        assertThat(outcome.violations()).extracting(Violation::code)
                .containsExactly("unknown-member", "launch-outside-session");
    }
}
