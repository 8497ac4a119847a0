package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AttendanceThresholdsTest {

    @Test
    @DisplayName("by default a member is late after 10 minutes, left early more than 10 minutes before the end, absent below half the session")
    void defaults() {
        var defaults = AttendanceThresholds.defaults();

        assertThat(defaults.lateAfter()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.leftEarlyBefore()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.presentAtLeastPercent()).isEqualTo(50);
        assertThat(defaults.earlyJoinGrace()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.overrunGrace()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    @DisplayName("a group can set its own thresholds")
    void groupSetsItsOwn() {
        var strict = AttendanceThresholds.of(Duration.ofMinutes(5), Duration.ZERO, 75, Duration.ofMinutes(30),
                Duration.ZERO);

        assertThat(strict.isValid()).isTrue();
        assertThat(strict.orElseThrow().presentAtLeastPercent()).isEqualTo(75);
    }

    @Test
    @DisplayName("impossible thresholds are refused with every reason at once")
    void impossibleThresholdsListEveryReason() {
        var impossible = AttendanceThresholds.of(Duration.ofMinutes(-5), Duration.ofSeconds(90), 120,
                Duration.ofHours(3), Duration.ofMinutes(-1));

        assertThat(impossible.violations()).extracting(Violation::code).containsExactly(
                "late-threshold-negative",
                "left-early-threshold-not-whole-minutes",
                "presence-share-out-of-range",
                "early-join-grace-too-long",
                "overrun-grace-negative");
        assertThat(impossible.violations().get(2).message()).contains("120 %").contains("from 0 to 100");
    }

    @Test
    @DisplayName("building impossible thresholds directly is a programming error")
    void constructorRefusesImpossibleValues() {
        assertThatThrownBy(() -> AttendanceThresholds.defaults().withPresentAtLeastPercent(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("presence-share-out-of-range");
    }
}
