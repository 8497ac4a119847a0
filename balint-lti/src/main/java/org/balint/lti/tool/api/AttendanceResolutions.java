package org.balint.lti.tool.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a leader resolves unmatched attendees of a session, all in one go.
 *
 * @param resolutions one per attendee resolved
 */
@Schema(name = "AttendanceResolutions", description = "Resolutions of unmatched attendees, written together or not at all.")
public record AttendanceResolutions(List<Resolution> resolutions) {

    /**
     * One attendee: the member they are, or not a member.
     *
     * @param report     the attendee's report id
     * @param line       the line of the attendee's first row
     * @param member     the member the attendee is
     * @param notAMember true when the attendee is no member (a guest); then no member is named
     */
    @Schema(name = "AttendanceResolution", description = "Name the member the attendee is, or set notAMember.")
    public record Resolution(String report, Integer line, String member, Boolean notAMember) {
    }
}
