package org.balint.lti.tool.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.balint.core.group.ScheduledSession;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One session of a series, its times in the zone asked for.
 *
 * @param number  the session's number in the series, from 1
 * @param start   when it starts (ISO-8601 with the zone's offset)
 * @param end     when it ends (ISO-8601 with the zone's offset)
 * @param minutes how long it lasts
 * @param held    whether it has ended
 */
@Schema(name = "Session", description = "A session of the series, with times in the requested time zone.")
public record SessionView(int number, @Schema(examples = "2026-12-01T19:00:00+01:00") String start,
        @Schema(examples = "2026-12-01T20:30:00+01:00") String end, long minutes, boolean held) {

    /** Validates the parts. */
    public SessionView {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** {@code session} with its times in {@code zone}, held or not at {@code now}. */
    static SessionView of(ScheduledSession session, ZoneId zone, Instant now) {
        return new SessionView(session.number().value(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(session.start().atZone(zone)),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(session.end().atZone(zone)),
                session.duration().toMinutes(), session.isHeldBy(now));
    }
}
