package org.balint.lti.tool.api;

import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member's attendance in one session.
 *
 * @param session          the session
 * @param standing         {@code present}, {@code absent}, {@code excused}, {@code not-recorded} (held, no
 *                         sheet yet) or {@code upcoming}
 * @param summary          the status in a few words
 * @param minutesPresent   minutes present within the session
 * @param minutesLate      minutes between the start and first joining
 * @param minutesLeftEarly minutes between last leaving and the end
 * @param decidedBy        {@code leader-correction}, {@code attendance-reports}, {@code no-presence-evidence}
 *                         or {@code nothing-yet}
 */
@Schema(name = "SessionAttendance", description = "A member's attendance in one session.")
public record SessionAttendanceView(SessionView session,
        @Schema(enumeration = {"present", "absent", "excused", "not-recorded", "upcoming"}) String standing,
        String summary, long minutesPresent, long minutesLate, long minutesLeftEarly,
        @Schema(enumeration = {"leader-correction", "attendance-reports", "no-presence-evidence", "nothing-yet"})
        String decidedBy) {

    /** Validates the parts. */
    public SessionAttendanceView {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(decidedBy, "decidedBy");
    }
}
