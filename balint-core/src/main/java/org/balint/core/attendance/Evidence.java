package org.balint.core.attendance;

import java.util.List;
import java.util.Objects;

/**
 * One piece of evidence about a member's attendance in a session: its source and the presence it
 * shows, as recorded (a report row's times are kept to the minute but not clipped to the session; an
 * LMS launch shows no presence of its own).
 *
 * @param source   where the evidence came from
 * @param presence the presence it shows, in time order
 * @param counts   whether it decides the member's effective attendance; evidence overridden by a
 *                 leader's correction is kept but does not count
 */
public record Evidence(EvidenceSource source, List<PresenceInterval> presence, boolean counts) {

    public Evidence {
        Objects.requireNonNull(source, "source");
        var sorted = new java.util.ArrayList<>(presence);
        sorted.sort(null);
        presence = List.copyOf(sorted);
    }
}
