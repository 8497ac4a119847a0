package org.balint.core.credit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;

/**
 * A stretch of a session the group designates as non-educational (welcome, announcements, a break):
 * it is excluded from formal interaction time, so it earns no AAFP credit.
 *
 * <p>This is data as a coordinator entered it; whether it lies inside its session is checked when the
 * policy is prepared for the group's schedule ({@link CreditPolicy#prepare}).
 *
 * @param session the session the window belongs to
 * @param from    when the non-educational time starts (inclusive, whole minute)
 * @param to      when it ends (exclusive, whole minute)
 * @param purpose what happens in it, e.g. "welcome and announcements"
 */
public record NonEducationalWindow(SessionNumber session, Instant from, Instant to, String purpose) {

    public NonEducationalWindow {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(purpose, "purpose");
        purpose = purpose.strip();
    }

    /** The first {@code minutes} of {@code session}, e.g. a five-minute welcome. */
    public static NonEducationalWindow openingMinutes(ScheduledSession session, long minutes, String purpose) {
        return new NonEducationalWindow(session.number(), session.start(),
                session.start().plus(Duration.ofMinutes(minutes)), purpose);
    }

    /** The last {@code minutes} of {@code session}, e.g. closing announcements. */
    public static NonEducationalWindow closingMinutes(ScheduledSession session, long minutes, String purpose) {
        return new NonEducationalWindow(session.number(), session.end().minus(Duration.ofMinutes(minutes)),
                session.end(), purpose);
    }
}
