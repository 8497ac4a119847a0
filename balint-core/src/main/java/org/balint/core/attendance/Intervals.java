package org.balint.core.attendance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Arithmetic on presence intervals: union of overlapping stretches and clipping to a session window. */
final class Intervals {

    private Intervals() {
    }

    /**
     * The union of {@code intervals}: sorted, with overlapping or touching intervals joined into one,
     * so that every minute covered by some interval is counted exactly once.
     */
    static List<PresenceInterval> merge(Collection<PresenceInterval> intervals) {
        var sorted = new ArrayList<>(intervals);
        sorted.sort(null);
        var merged = new ArrayList<PresenceInterval>();
        for (PresenceInterval next : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !next.joined().isAfter(merged.get(last).left())) {
                PresenceInterval current = merged.get(last);
                if (next.left().isAfter(current.left())) {
                    merged.set(last, new PresenceInterval(current.joined(), next.left()));
                }
            } else {
                merged.add(next);
            }
        }
        return List.copyOf(merged);
    }

    /** {@code intervals} in time order; overlapping intervals are a programming error. */
    static List<PresenceInterval> sortedWithoutOverlap(Collection<PresenceInterval> intervals) {
        var sorted = new ArrayList<>(intervals);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("presence intervals overlap: " + sorted.get(i - 1) + " and "
                        + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }

    /** The part of {@code interval} inside {@code [from, to)}, if any. */
    static Optional<PresenceInterval> clip(PresenceInterval interval, Instant from, Instant to) {
        Instant start = interval.joined().isAfter(from) ? interval.joined() : from;
        Instant end = interval.left().isBefore(to) ? interval.left() : to;
        return end.isAfter(start) ? Optional.of(new PresenceInterval(start, end)) : Optional.empty();
    }

    /** The union of {@code intervals}, clipped to {@code [from, to)}. */
    static List<PresenceInterval> mergeWithin(Collection<PresenceInterval> intervals, Instant from, Instant to) {
        var clipped = new ArrayList<PresenceInterval>();
        for (PresenceInterval interval : intervals) {
            clip(interval, from, to).ifPresent(clipped::add);
        }
        return merge(clipped);
    }

    /** {@code instant} moved back to the start of its minute. */
    static Instant minuteOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MINUTES);
    }

    /** {@code instant} moved forward to the next whole minute, unless it already is one. */
    static Instant nextWholeMinute(Instant instant) {
        Instant truncated = minuteOf(instant);
        return truncated.equals(instant) ? instant : truncated.plus(1, ChronoUnit.MINUTES);
    }
}
