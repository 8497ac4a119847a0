package org.balint.lti.tool.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.attendance.UnmatchedAttendee;
import org.balint.lti.tool.attendance.SessionSheet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One session's attendance sheet as the group's faculty see it.
 *
 * @param group            the group id
 * @param session          the session, in the group's time zone
 * @param scheduledMinutes the most minutes a member can attend
 * @param members          every member's attendance
 * @param unmatched        attendees of imported reports still to be resolved
 * @param reportsImported  how many attendance reports were imported into the session
 */
@Schema(name = "SessionSheet", description = "Every member's attendance in one session and the attendees still to resolve.")
public record SessionSheetView(String group, SessionView session, long scheduledMinutes, List<Row> members,
        List<Unmatched> unmatched, int reportsImported) {

    /** Validates and copies the parts. */
    public SessionSheetView {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(session, "session");
        members = List.copyOf(members);
        unmatched = List.copyOf(unmatched);
    }

    /** One member's attendance in the session. */
    @Schema(name = "SheetRow", description = "One member's attendance in the session.")
    public record Row(String member, String name,
            @Schema(enumeration = {"present", "absent", "excused"}) String standing, String summary,
            long minutesPresent,
            @Schema(enumeration = {"leader-correction", "attendance-reports", "no-presence-evidence"}) String decidedBy) {
    }

    /** An attendee of an imported report matched to no single member. */
    @Schema(name = "UnmatchedAttendee", description = "Someone in an imported report matched to no single member; "
            + "resolve them by report and line.")
    public record Unmatched(@Schema(description = "The report's id (SHA-256 of its text).") String report,
            @Schema(description = "The line of the attendee's first row; with the report it names the attendee.") int line,
            String name, Optional<String> email,
            @Schema(enumeration = {"no-member", "several-members"}) String reason,
            @Schema(description = "The members who matched equally well.") List<String> candidates,
            @Schema(description = "The lines of the report with this attendee.") List<Integer> lines,
            long minutesShown) {
    }

    /** The view of {@code sheet}. */
    static SessionSheetView of(SessionSheet sheet, Instant now) {
        return new SessionSheetView(sheet.group().value(), SessionView.of(sheet.session(), sheet.zone(), now),
                sheet.scheduledMinutes(), sheet.members().stream().map(r -> new Row(r.member().value(), r.name(),
                        kebab(r.status().standing().name()), r.status().describe(), r.status().minutesPresent(),
                        kebab(r.decidedBy().name()))).toList(),
                sheet.unmatched().stream().map(SessionSheetView::unmatched).toList(), sheet.reports().size());
    }

    private static Unmatched unmatched(UnmatchedAttendee a) {
        return new Unmatched(a.report().value(), a.firstLine(), a.name(), a.email(), kebab(a.reason().name()),
                a.candidates().stream().map(m -> m.value()).toList(), a.rows().stream().map(UnmatchedAttendee.Row::line)
                        .toList(), a.rows().stream().mapToLong(r -> r.presence().minutes()).sum());
    }

    private static String kebab(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
