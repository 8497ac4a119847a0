package org.balint.core.group;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One meeting of the series: its number, when it starts (an instant; the group's time zone is only
 * for display) and how long it is scheduled to last.
 */
public record ScheduledSession(SessionNumber number, Instant start, Duration duration) {

    public ScheduledSession {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(number + " must last longer than zero minutes");
        }
    }

    /** When the session is scheduled to end. */
    public Instant end() {
        return start.plus(duration);
    }

    /** Whether {@code instant} falls within the scheduled time, start inclusive, end exclusive. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end());
    }

    /** Whether the session has ended at {@code now}. */
    public boolean isHeldBy(Instant now) {
        return !end().isAfter(now);
    }
}
