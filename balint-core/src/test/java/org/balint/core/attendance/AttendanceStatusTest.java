package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.attendance.AttendanceFixtures.interval;
import static org.balint.core.attendance.AttendanceFixtures.sessionThree;

import java.time.Duration;
import java.util.List;
import org.balint.core.attendance.AttendanceStatus.Deviation;
import org.balint.core.attendance.AttendanceStatus.Standing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Session 3 runs 18:00 to 19:30 (90 minutes); default thresholds unless a test says otherwise. */
class AttendanceStatusTest {

    private static final AttendanceThresholds DEFAULTS = AttendanceThresholds.defaults();

    private static AttendanceStatus statusOf(AttendanceThresholds thresholds, PresenceInterval... presence) {
        return StatusRule.statusOf(List.of(presence), SessionWindow.of(sessionThree(), thresholds), thresholds);
    }

    @Test
    @DisplayName("a member there from start to end is present, neither late nor early")
    void wholeSession() {
        var status = statusOf(DEFAULTS, interval("18:00", "19:30"));

        assertThat(status.standing()).isEqualTo(Standing.PRESENT);
        assertThat(status.deviations()).isEmpty();
        assertThat(status.minutesPresent()).isEqualTo(90);
        assertThat(status.describe()).isEqualTo("present");
    }

    @Test
    @DisplayName("joining exactly 10 minutes after the start is not yet late")
    void tenMinutesIsNotLate() {
        assertThat(statusOf(DEFAULTS, interval("18:10", "19:30")).isLate()).isFalse();
    }

    @Test
    @DisplayName("joining 11 minutes after the start is late")
    void elevenMinutesIsLate() {
        var status = statusOf(DEFAULTS, interval("18:11", "19:30"));

        assertThat(status.isPresent()).isTrue();
        assertThat(status.deviations()).containsExactly(Deviation.LATE);
        assertThat(status.minutesLate()).isEqualTo(11);
        assertThat(status.describe()).isEqualTo("present, late (joined 11 minutes after the start)");
    }

    @Test
    @DisplayName("leaving 10 minutes before the end is not early; leaving 11 minutes before is")
    void leftEarlyBoundary() {
        assertThat(statusOf(DEFAULTS, interval("18:00", "19:20")).leftEarly()).isFalse();

        var early = statusOf(DEFAULTS, interval("18:00", "19:19"));
        assertThat(early.deviations()).containsExactly(Deviation.LEFT_EARLY);
        assertThat(early.minutesLeftEarly()).isEqualTo(11);
    }

    @Test
    @DisplayName("a member who came 15 minutes late and left 20 minutes early is both late and left early")
    void lateAndLeftEarly() {
        var status = statusOf(DEFAULTS, interval("18:15", "19:10"));

        assertThat(status.standing()).isEqualTo(Standing.PRESENT);
        assertThat(status.deviations()).containsExactlyInAnyOrder(Deviation.LATE, Deviation.LEFT_EARLY);
        assertThat(status.minutesPresent()).isEqualTo(55);
        assertThat(status.describe()).isEqualTo(
                "present, late (joined 15 minutes after the start) and left early (20 minutes before the end)");
    }

    @Test
    @DisplayName("lateness is read from the first joining and leaving from the last, whatever the gaps between")
    void gapsDoNotMakeLateness() {
        var status = statusOf(DEFAULTS, interval("18:02", "18:30"), interval("18:50", "19:30"));

        assertThat(status.deviations()).isEmpty();
        assertThat(status.minutesPresent()).isEqualTo(68);
    }

    @Test
    @DisplayName("44 of 90 minutes is below half the session: absent; 45 minutes is present")
    void absentBelowHalf() {
        var absent = statusOf(DEFAULTS, interval("18:00", "18:44"));
        assertThat(absent.standing()).isEqualTo(Standing.ABSENT);
        assertThat(absent.deviations()).isEmpty();
        assertThat(absent.describe()).isEqualTo("absent (44 minutes present)");

        assertThat(statusOf(DEFAULTS, interval("18:00", "18:45")).standing()).isEqualTo(Standing.PRESENT);
    }

    @Test
    @DisplayName("no presence at all is absent even when any presence would count")
    void noPresenceIsAbsent() {
        var anyPresenceCounts = DEFAULTS.withPresentAtLeastPercent(0);

        assertThat(statusOf(anyPresenceCounts).standing()).isEqualTo(Standing.ABSENT);
        assertThat(statusOf(anyPresenceCounts, interval("18:30", "18:31")).standing()).isEqualTo(Standing.PRESENT);
    }

    @Test
    @DisplayName("a group with a 5-minute late threshold counts joining at 18:06 as late")
    void stricterGroup() {
        var strict = DEFAULTS.withLateAfter(Duration.ofMinutes(5));

        assertThat(statusOf(strict, interval("18:06", "19:30")).isLate()).isTrue();
    }

    @Test
    @DisplayName("an excused member has no deviations and no minutes")
    void excused() {
        var excused = AttendanceStatus.excused();

        assertThat(excused.isExcused()).isTrue();
        assertThat(excused.describe()).isEqualTo("excused");
    }
}
