package org.balint.core.attendance;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of presence as a leader enters it, not yet checked: the sheet rejects it with reasons
 * when it is inverted, not to the minute, outside the session, or overlaps another.
 */
public record EnteredInterval(Instant joined, Instant left) {

    public EnteredInterval {
        Objects.requireNonNull(joined, "joined");
        Objects.requireNonNull(left, "left");
    }
}
