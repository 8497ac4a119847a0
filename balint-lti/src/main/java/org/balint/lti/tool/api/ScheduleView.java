package org.balint.lti.tool.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A group's series as a member sees it.
 *
 * @param group     the group id
 * @param title     the group's title
 * @param timeZone  the IANA zone the times are given in
 * @param videoLink where the sessions meet
 * @param sessions  every session, in order
 * @param next      the session under way or the next to start, until the series is over
 */
@Schema(name = "Schedule", description = "The series' sessions in the requested time zone, the video link and the next session.")
public record ScheduleView(String group, String title, String timeZone, String videoLink, List<SessionView> sessions,
        Optional<SessionView> next) {

    /** Validates and copies the parts. */
    public ScheduleView {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(videoLink, "videoLink");
        sessions = List.copyOf(sessions);
        Objects.requireNonNull(next, "next");
    }
}
