package org.balint.lti.tool.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a leader records for one member in one session: a mark, or the minutes present. Exactly one.
 *
 * @param mark    {@code present} (the whole session), {@code absent} or {@code excused}
 * @param minutes the whole minutes present, counted from the scheduled start (0: absent)
 */
@Schema(name = "AttendanceEntry", description = "Either a mark or the minutes present, not both.")
public record AttendanceEntry(
        @Schema(enumeration = {"present", "absent", "excused"}, description = "One click's worth: present for the "
                + "whole session, absent or excused.") String mark,
        @Schema(description = "Whole minutes present, counted from the scheduled start; 0 is absent.",
                examples = "75") String minutes) {
}
