package org.balint.core.attendance;

import java.time.Duration;
import java.time.Instant;
import org.balint.core.group.ScheduledSession;

/**
 * The whole minutes of a scheduled session ({@code from} inclusive, {@code to} exclusive) and the
 * wider span in which report rows are accepted.
 */
record SessionWindow(Instant from, Instant to, Instant acceptFrom, Instant acceptTo) {

    static SessionWindow of(ScheduledSession session, AttendanceThresholds thresholds) {
        Instant from = Intervals.nextWholeMinute(session.start());
        Instant to = Intervals.minuteOf(session.end());
        if (!to.isAfter(from)) {
            to = from.plus(Duration.ofMinutes(1));
        }
        return new SessionWindow(from, to, from.minus(thresholds.earlyJoinGrace()), to.plus(thresholds.overrunGrace()));
    }

    long scheduledMinutes() {
        return Duration.between(from, to).toMinutes();
    }

    boolean contains(PresenceInterval interval) {
        return !interval.joined().isBefore(from) && !interval.left().isAfter(to);
    }

    /** Whether {@code [joined, left)} touches the accepted span at all. */
    boolean touchesAcceptedSpan(Instant joined, Instant left) {
        return left.isAfter(acceptFrom) && joined.isBefore(acceptTo);
    }
}
