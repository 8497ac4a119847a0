package org.balint.core.attendance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.MemberId;

/**
 * Someone in an attendance report who could not be matched to exactly one member: nobody has their
 * e-mail address or name, or several members do. The import never guesses; a leader resolves the
 * attendee by assigning them to a member or dismissing them as a guest. All rows of one person in a
 * report (same e-mail, or same name when there is no e-mail) are kept together.
 *
 * @param report     the report the rows came from
 * @param platform   the platform that produced the report
 * @param name       the name as the report shows it
 * @param email      the e-mail address as the report shows it, if any
 * @param reason     why no single member was chosen
 * @param candidates the members who matched equally well ({@link Reason#SEVERAL_MEMBERS}); empty otherwise
 * @param rows       the report rows, by line number, with the presence each shows
 */
public record UnmatchedAttendee(ReportId report, VideoPlatform platform, String name, Optional<String> email,
        Reason reason, List<MemberId> candidates, List<Row> rows) {

    /** Why an attendee was not matched. */
    public enum Reason {
        /** No member has the attendee's e-mail address or name. */
        NO_MEMBER,
        /** Several members have the attendee's e-mail address or name. */
        SEVERAL_MEMBERS
    }

    /** One report row of the attendee. */
    public record Row(int line, PresenceInterval presence) {
        public Row {
            Objects.requireNonNull(presence, "presence");
            if (line < 1) {
                throw new IllegalArgumentException("lines are numbered from 1: " + line);
            }
        }
    }

    public UnmatchedAttendee {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(reason, "reason");
        candidates = List.copyOf(candidates);
        rows = rows.stream().sorted(java.util.Comparator.comparingInt(Row::line)).toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("an unmatched attendee comes from at least one row");
        }
        if ((reason == Reason.SEVERAL_MEMBERS) != (candidates.size() > 1)) {
            throw new IllegalArgumentException("candidates are listed exactly when several members matched");
        }
    }

    /** The line of the attendee's first row, which together with the report identifies the attendee. */
    public int firstLine() {
        return rows.get(0).line();
    }

    /** Who this is, for a leader, e.g. {@code Sam Okafor <sam@example.org> (lines 4, 9)}. */
    public String describe() {
        var lines = rows.stream().map(r -> String.valueOf(r.line())).toList();
        return (name.isEmpty() ? "(no name)" : name) + email.map(e -> " <" + e + ">").orElse("")
                + (lines.size() == 1 ? " (line " : " (lines ") + String.join(", ", lines) + ")";
    }
}
