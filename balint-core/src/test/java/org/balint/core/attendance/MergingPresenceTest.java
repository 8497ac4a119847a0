package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.attendance.AttendanceFixtures.at;
import static org.balint.core.attendance.AttendanceFixtures.interval;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MergingPresenceTest {

    @Test
    @DisplayName("two devices of the same member overlapping for 20 minutes count 70 minutes, not 90")
    void overlappingDevicesCountOnce() {
        var laptop = interval("18:00", "18:45");
        var phone = interval("18:25", "19:10");

        var merged = Intervals.merge(List.of(phone, laptop));

        assertThat(merged).containsExactly(interval("18:00", "19:10"));
        assertThat(merged.get(0).minutes()).isEqualTo(70);
    }

    @Test
    @DisplayName("a member who dropped for 5 minutes keeps two separate stretches")
    void dropAndRejoinKeepsTheGap() {
        var merged = Intervals.merge(List.of(interval("18:40", "19:30"), interval("18:00", "18:35")));

        assertThat(merged).containsExactly(interval("18:00", "18:35"), interval("18:40", "19:30"));
        assertThat(merged.stream().mapToLong(PresenceInterval::minutes).sum()).isEqualTo(85);
    }

    @Test
    @DisplayName("a stretch that ends when the next begins joins it")
    void touchingStretchesJoin() {
        assertThat(Intervals.merge(List.of(interval("18:00", "18:30"), interval("18:30", "19:00"))))
                .containsExactly(interval("18:00", "19:00"));
    }

    @Test
    @DisplayName("a stretch inside another adds nothing")
    void containedStretchAddsNothing() {
        assertThat(Intervals.merge(List.of(interval("18:00", "19:30"), interval("18:10", "18:20"))))
                .containsExactly(interval("18:00", "19:30"));
    }

    @Test
    @DisplayName("presence is clipped to the session: joining at 17:50 counts from 18:00, staying to 19:40 counts to 19:30")
    void clippedToTheSession() {
        var merged = Intervals.mergeWithin(List.of(interval("17:50", "18:30"), interval("19:00", "19:40")),
                at("2026-03-15T18:00"), at("2026-03-15T19:30"));

        assertThat(merged).containsExactly(interval("18:00", "18:30"), interval("19:00", "19:30"));
    }

    @Test
    @DisplayName("a stretch entirely before the session counts nothing")
    void entirelyBeforeCountsNothing() {
        assertThat(Intervals.mergeWithin(List.of(interval("17:45", "17:58")), at("2026-03-15T18:00"),
                at("2026-03-15T19:30"))).isEmpty();
    }
}
