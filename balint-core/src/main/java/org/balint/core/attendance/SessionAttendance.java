package org.balint.core.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;

/**
 * When one member was present in one session: zero or more non-overlapping presence intervals in
 * time order (none means absent).
 */
public record SessionAttendance(MemberId member, SessionNumber session, List<PresenceInterval> presence) {

    public SessionAttendance {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(session, "session");
        var sorted = new ArrayList<>(presence);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("presence intervals of " + member + " in " + session
                        + " overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        presence = List.copyOf(sorted);
    }

    /** Total whole minutes present. */
    public long minutesPresent() {
        return presence.stream().mapToLong(PresenceInterval::minutes).sum();
    }

    /** Whole minutes present within {@code [from, to)}. */
    public long minutesPresentWithin(java.time.Instant from, java.time.Instant to) {
        return presence.stream().mapToLong(p -> p.minutesWithin(from, to)).sum();
    }
}
