package org.balint.core.attendance;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.balint.core.attendance.AttendanceStatus.Deviation;
import org.balint.core.attendance.AttendanceStatus.Standing;

/** Reads a status from presence within the session window and the group's thresholds. */
final class StatusRule {

    private StatusRule() {
    }

    /** {@code presence} must be merged and lie within {@code window}. */
    static AttendanceStatus statusOf(List<PresenceInterval> presence, SessionWindow window,
            AttendanceThresholds thresholds) {
        long present = presence.stream().mapToLong(PresenceInterval::minutes).sum();
        if (presence.isEmpty()
                || present * 100 < (long) thresholds.presentAtLeastPercent() * window.scheduledMinutes()) {
            return new AttendanceStatus(Standing.ABSENT, EnumSet.noneOf(Deviation.class), present, 0, 0);
        }
        long late = Duration.between(window.from(), presence.get(0).joined()).toMinutes();
        long leftEarly = Duration.between(presence.get(presence.size() - 1).left(), window.to()).toMinutes();
        var deviations = EnumSet.noneOf(Deviation.class);
        if (late > thresholds.lateAfter().toMinutes()) {
            deviations.add(Deviation.LATE);
        }
        if (leftEarly > thresholds.leftEarlyBefore().toMinutes()) {
            deviations.add(Deviation.LEFT_EARLY);
        }
        return new AttendanceStatus(Standing.PRESENT, deviations, present, late, leftEarly);
    }
}
