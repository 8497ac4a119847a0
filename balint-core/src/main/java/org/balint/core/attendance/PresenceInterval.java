package org.balint.core.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One stretch of time a person was present in a session, from joining to leaving, at minute
 * resolution ({@code joined} inclusive, {@code left} exclusive). A member who drops and rejoins has
 * several intervals.
 */
public record PresenceInterval(Instant joined, Instant left) implements Comparable<PresenceInterval> {

    public PresenceInterval {
        Objects.requireNonNull(joined, "joined");
        Objects.requireNonNull(left, "left");
        if (!joined.equals(joined.truncatedTo(ChronoUnit.MINUTES))
                || !left.equals(left.truncatedTo(ChronoUnit.MINUTES))) {
            throw new IllegalArgumentException("attendance is kept to the minute: " + joined + " – " + left);
        }
        if (!left.isAfter(joined)) {
            throw new IllegalArgumentException("left (" + left + ") must be after joined (" + joined + ")");
        }
    }

    /** Whole minutes present. */
    public long minutes() {
        return Duration.between(joined, left).toMinutes();
    }

    /** Minutes of this interval that fall inside {@code [from, to)}. */
    public long minutesWithin(Instant from, Instant to) {
        Instant start = joined.isAfter(from) ? joined : from;
        Instant end = left.isBefore(to) ? left : to;
        return end.isAfter(start) ? Duration.between(start, end).toMinutes() : 0;
    }

    public boolean overlaps(PresenceInterval other) {
        return joined.isBefore(other.left) && other.joined.isBefore(left);
    }

    @Override
    public int compareTo(PresenceInterval other) {
        int byJoin = joined.compareTo(other.joined);
        return byJoin != 0 ? byJoin : left.compareTo(other.left);
    }
}
