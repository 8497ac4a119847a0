package org.balint.lti.tool.api;

import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member's attendance per session of the series.
 *
 * @param group    the group id
 * @param member   the member id
 * @param timeZone the IANA zone the times are given in
 * @param sessions one entry per session, in order
 */
@Schema(name = "Attendance", description = "A member's attendance per session of the series.")
public record AttendanceView(String group, String member, String timeZone, List<SessionAttendanceView> sessions) {

    /** Validates and copies the parts. */
    public AttendanceView {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(timeZone, "timeZone");
        sessions = List.copyOf(sessions);
    }
}
