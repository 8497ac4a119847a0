package org.balint.lti.tool.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.core.attendance.AttendanceStatus;
import org.balint.core.attendance.MemberAttendance.DecidedBy;
import org.balint.core.attendance.UnmatchedAttendee;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.attendance.LeaderAttendance;
import org.balint.lti.tool.attendance.SeriesChart;
import org.balint.lti.tool.attendance.SessionSheet;

/**
 * The HTML of the leader's attendance page, as a pure function of what {@link LeaderAttendance} read and
 * of the last action's outcome: the session chooser, the chosen session's sheet (one button per member
 * to mark them present or absent, and their minutes with the reasons a bad value was refused), the chart
 * of attendance per session (a data table whose bars are decoration), the report import form and the
 * resolver of the attendees a report could not match. Every form posts the launch session and its CSRF
 * token and the session it is about.
 */
final class AttendanceSections {

    /** Where the forms post, below the application's base path. */
    static final String SHOW_ACTION = "lti/attendance/show";
    static final String MARK_ACTION = "lti/attendance/mark";
    static final String MINUTES_ACTION = "lti/attendance/minutes";
    static final String IMPORT_ACTION = "lti/attendance/import";
    static final String RESOLVE_ACTION = "lti/attendance/resolve";
    /** The session a form is about. */
    static final String SESSION_FIELD = "session";
    /** The member a mark or minutes form is about. */
    static final String MEMBER_FIELD = "member";
    /** The mark a member's button posts: present or absent. */
    static final String MARK_FIELD = "mark";
    /** The minutes present. */
    static final String MINUTES_FIELD = "minutes";
    /** The report file of the import form. */
    static final String REPORT_FIELD = "report";
    /** Whether the report writes dates day first. */
    static final String DAY_FIRST_FIELD = "day_first";
    /** The prefix of each resolver choice, followed by the attendee's report id, a dot and their first line. */
    static final String WHO_PREFIX = "who.";
    /** The choice of "not a member" in the resolver. */
    static final String NOT_A_MEMBER = "not-a-member";
    /** The prefix of a member chosen in the resolver. */
    static final String MEMBER_CHOICE = "member:";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private AttendanceSections() {
    }

    /**
     * What the last action left to show: what it did, or why it was refused.
     *
     * @param notice  what was done
     * @param minutes the minutes a leader entered for a member and why they were refused
     * @param report  why a report was not imported (each bad line)
     * @param resolve why the resolver's choices were not saved
     */
    record Feedback(Optional<String> notice, Optional<MinutesRefused> minutes, List<Violation> report,
            List<Violation> resolve) {
        Feedback {
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(minutes, "minutes");
            report = List.copyOf(report);
            resolve = List.copyOf(resolve);
        }

        static Feedback none() {
            return new Feedback(Optional.empty(), Optional.empty(), List.of(), List.of());
        }

        static Feedback notice(String text) {
            return new Feedback(Optional.of(text), Optional.empty(), List.of(), List.of());
        }
    }

    /** Minutes entered for {@code member} that were refused, with the reasons. */
    record MinutesRefused(MemberId member, String entered, List<Violation> reasons) {
        MinutesRefused {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(entered, "entered");
            reasons = List.copyOf(reasons);
        }
    }

    /** The page's content for the group's series, showing the overview's chosen session. */
    static String render(LeaderAttendance.Overview overview, String hidden, String basePath, Feedback feedback) {
        SessionSheet sheet = overview.chosen();
        StringBuilder html = new StringBuilder("<h1>Attendance</h1>\n");
        feedback.notice().ifPresent(text -> html.append("<p class=\"notice\" role=\"status\">").append(Html.escape(text))
                .append("</p>\n"));
        html.append(summary(sheet, feedback));
        html.append("<p>Take attendance one session at a time: one click marks a member present for the whole session or "
                + "absent, and minutes can be changed for anyone who came late or left early. The attendance report of "
                + "the video meeting can fill the sheet in for you.</p>\n");
        html.append(chooser(overview, sheet, hidden, basePath));
        html.append(sheet(sheet, hidden, basePath, feedback));
        html.append(resolver(sheet, hidden, basePath, feedback.resolve()));
        html.append(importForm(sheet, hidden, basePath, feedback.report()));
        html.append(chart(overview.chart(), sheet.zone()));
        return html.toString();
    }

    /**
     * At the top of the page, a link to each refused change's reasons further down, so that nobody has to
     * search for them (the reasons themselves stand beside their fields).
     */
    private static String summary(SessionSheet sheet, Feedback feedback) {
        var links = new java.util.ArrayList<String>();
        feedback.minutes().ifPresent(refused -> {
            int n = 0;
            for (SessionSheet.MemberRow row : sheet.members()) {
                n++;
                if (row.member().equals(refused.member())) {
                    links.add("<a href=\"#att-minutes-" + n + "\">The minutes of " + Html.escape(row.name())
                            + " were not saved</a>");
                }
            }
        });
        if (!feedback.report().isEmpty()) {
            links.add("<a href=\"#att-report-errors\">The report was not imported: " + feedback.report().size()
                    + (feedback.report().size() == 1 ? " thing" : " things") + " to correct</a>");
        }
        if (!feedback.resolve().isEmpty() && !sheet.unmatched().isEmpty()) {
            links.add("<a href=\"#att-resolve-errors\">The choices for the attendees were not saved</a>");
        }
        if (links.isEmpty()) {
            return "";
        }
        return "<div class=\"errors\"><ul>" + links.stream().map(l -> "<li>" + l + "</li>").collect(Collectors.joining())
                + "</ul></div>\n";
    }

    private static String chooser(LeaderAttendance.Overview overview, SessionSheet sheet, String hidden, String basePath) {
        return "<form method=\"post\" action=\"" + Html.escape(basePath + SHOW_ACTION) + "\">\n" + hidden
                + "<label for=\"att-session\">Session</label>\n<select id=\"att-session\" name=\"" + SESSION_FIELD + "\">"
                + overview.sessions().stream().map(s -> "<option value=\"" + s.number().value() + "\""
                        + (s.number().equals(sheet.session().number()) ? " selected" : "") + ">"
                        + Html.escape(title(s, sheet)) + "</option>").collect(Collectors.joining())
                + "</select>\n<button type=\"submit\">Show session</button>\n</form>\n";
    }

    private static String sheet(SessionSheet sheet, String hidden, String basePath, Feedback feedback) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"att-sheet\">\n<h2 id=\"att-sheet\">")
                .append(Html.escape(title(sheet.session(), sheet))).append("</h2>\n<p class=\"hint\">")
                .append(sheet.scheduledMinutes()).append(" minutes; times in ")
                .append(Html.escape(sheet.zone().getId().replace('_', ' '))).append(".</p>\n");
        if (sheet.members().isEmpty()) {
            return html.append("<p>The group has no accepted members yet; once members are accepted, their attendance "
                    + "is taken here.</p>\n</section>\n").toString();
        }
        html.append("<ul class=\"sheet\" style=\"list-style:none;padding:0\">\n");
        int n = 0;
        for (SessionSheet.MemberRow row : sheet.members()) {
            n++;
            Optional<MinutesRefused> refused = feedback.minutes().filter(m -> m.member().equals(row.member()));
            html.append(memberRow(sheet, row, n, refused, hidden, basePath));
        }
        return html.append("</ul>\n</section>\n").toString();
    }

    private static String memberRow(SessionSheet sheet, SessionSheet.MemberRow row, int n, Optional<MinutesRefused> refused,
            String hidden, String basePath) {
        boolean present = row.status().isPresent();
        String nameId = "att-name-" + n;
        String fields = hidden + "<input type=\"hidden\" name=\"" + SESSION_FIELD + "\" value=\""
                + sheet.session().number().value() + "\">\n<input type=\"hidden\" name=\"" + MEMBER_FIELD + "\" value=\""
                + Html.escape(row.member().value()) + "\">\n";
        String minutesId = "att-minutes-" + n;
        String errorId = "att-minutes-error-" + n;
        String reasons = refused.map(r -> r.reasons().stream().map(AttendanceSections::reason)
                .collect(Collectors.joining("<br>"))).orElse("");
        String value = refused.map(MinutesRefused::entered)
                .orElse(row.decidedBy() == DecidedBy.NO_PRESENCE_EVIDENCE ? "" : String.valueOf(row.status().minutesPresent()));
        return "<li data-member=\"" + Html.escape(row.member().value()) + "\" data-standing=\""
                + row.status().standing().name().toLowerCase(Locale.ROOT)
                + "\" style=\"border-top:1px solid #767676;padding:.5rem 0 1rem\">\n"
                + "<h3 id=\"" + nameId + "\" style=\"margin:.5rem 0 0\">" + Html.escape(row.name()) + "</h3>\n"
                + "<p style=\"margin:.25rem 0\">" + Html.escape(describe(row, sheet.scheduledMinutes())) + "</p>\n"
                + "<form method=\"post\" action=\"" + Html.escape(basePath + MARK_ACTION) + "\">\n" + fields
                + "<input type=\"hidden\" name=\"" + MARK_FIELD + "\" value=\"" + (present ? "absent" : "present") + "\">\n"
                + "<button type=\"submit\" aria-describedby=\"" + nameId + "\" style=\"margin-top:.5rem\">"
                + (present ? "Mark absent" : "Mark present") + "</button>\n</form>\n"
                + "<form method=\"post\" action=\"" + Html.escape(basePath + MINUTES_ACTION) + "\">\n" + fields
                + "<label for=\"" + minutesId + "\">Minutes present (of " + sheet.scheduledMinutes() + ")</label>\n"
                + (reasons.isEmpty() ? "" : "<p class=\"error\" id=\"" + errorId + "\">" + reasons + "</p>\n")
                + "<input type=\"text\" inputmode=\"numeric\" id=\"" + minutesId + "\" name=\"" + MINUTES_FIELD + "\" value=\""
                + Html.escape(value) + "\" maxlength=\"20\" autocomplete=\"off\" aria-describedby=\"" + nameId
                + (reasons.isEmpty() ? "" : " " + errorId) + "\"" + (reasons.isEmpty() ? "" : " aria-invalid=\"true\"")
                + " style=\"max-width:8rem\">\n"
                + "<button type=\"submit\" aria-describedby=\"" + nameId + "\" style=\"margin-top:.5rem\">Save minutes</button>\n"
                + "</form>\n</li>\n";
    }

    /** A member's attendance in words, e.g. "Present, 90 of 90 minutes; marked by a leader." */
    static String describe(SessionSheet.MemberRow row, long scheduled) {
        if (row.decidedBy() == DecidedBy.NO_PRESENCE_EVIDENCE) {
            return "Not recorded yet (counts as absent).";
        }
        AttendanceStatus status = row.status();
        String minutes = status.isExcused() ? "" : ", " + status.minutesPresent() + " of " + scheduled + " minutes";
        String by = row.decidedBy() == DecidedBy.LEADER_CORRECTION ? "recorded by a leader" : "from the attendance report";
        String text = status.describe();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + minutes + "; " + by + ".";
    }

    private static String resolver(SessionSheet sheet, String hidden, String basePath, List<Violation> reasons) {
        if (sheet.unmatched().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"att-resolve\">\n<h2 id=\"att-resolve\">Attendees to "
                + "resolve</h2>\n<p>These people in the report could not be matched to exactly one member. Choose who each "
                + "of them is, or Not a member (their time then counts for nobody). The choices are saved together.</p>\n");
        html.append(errors("The choices were not saved", reasons, "att-resolve-errors"));
        html.append("<form method=\"post\" action=\"").append(Html.escape(basePath + RESOLVE_ACTION)).append("\">\n")
                .append(hidden).append("<input type=\"hidden\" name=\"").append(SESSION_FIELD).append("\" value=\"")
                .append(sheet.session().number().value()).append("\">\n");
        int n = 0;
        for (UnmatchedAttendee attendee : sheet.unmatched()) {
            n++;
            String id = "att-who-" + n;
            long minutes = attendee.rows().stream().mapToLong(r -> r.presence().minutes()).sum();
            String why = attendee.reason() == UnmatchedAttendee.Reason.NO_MEMBER ? "matches no member"
                    : "matches " + attendee.candidates().size() + " members: " + attendee.candidates().stream()
                            .map(c -> nameOf(sheet, c)).collect(Collectors.joining(", "));
            html.append("<div class=\"field\"><label for=\"").append(id).append("\">Who is ")
                    .append(Html.escape(attendee.describe())).append("?</label><p class=\"hint\" id=\"").append(id)
                    .append("-hint\">").append(minutes).append(minutes == 1 ? " minute" : " minutes").append(" in the report; ")
                    .append(Html.escape(why)).append(".</p>\n<select id=\"").append(id).append("\" name=\"")
                    .append(Html.escape(WHO_PREFIX + attendee.report().value() + "." + attendee.firstLine()))
                    .append("\" aria-describedby=\"").append(id).append("-hint\">")
                    .append("<option value=\"\">Decide later</option>");
            for (SessionSheet.MemberRow member : sheet.members()) {
                html.append("<option value=\"").append(Html.escape(MEMBER_CHOICE + member.member().value())).append("\">")
                        .append(Html.escape(member.name())).append("</option>");
            }
            html.append("<option value=\"").append(NOT_A_MEMBER).append("\">Not a member</option></select></div>\n");
        }
        return html.append("<button type=\"submit\">Save choices</button>\n</form>\n</section>\n").toString();
    }

    private static String importForm(SessionSheet sheet, String hidden, String basePath, List<Violation> reasons) {
        boolean invalid = !reasons.isEmpty();
        return "<section aria-labelledby=\"att-import\">\n<h2 id=\"att-import\">Import the attendance report</h2>\n"
                + "<p>Upload the participant list Zoom exports, or the attendance report Teams exports, for "
                + Html.escape(sheet.session().number().toString()) + ": the CSV file as it was downloaded, at most 1 MiB. "
                + "Members are matched by e-mail address, then by name; anyone else is listed for you to resolve. A file "
                + "with a bad line is not imported at all, and each bad line is listed.</p>\n"
                + errors("The report was not imported", reasons, "att-report-errors")
                + "<form method=\"post\" enctype=\"multipart/form-data\" action=\"" + Html.escape(basePath + IMPORT_ACTION)
                + "\">\n" + hidden + "<input type=\"hidden\" name=\"" + SESSION_FIELD + "\" value=\""
                + sheet.session().number().value() + "\">\n"
                + "<div class=\"field\"><label for=\"att-report\">Attendance report (CSV)</label>"
                + "<input type=\"file\" id=\"att-report\" name=\"" + REPORT_FIELD + "\" accept=\".csv,text/csv\""
                + (invalid ? " aria-invalid=\"true\" aria-describedby=\"att-report-errors\"" : "") + "></div>\n"
                + "<div class=\"check\"><label for=\"att-day-first\"><input type=\"checkbox\" id=\"att-day-first\" name=\""
                + DAY_FIRST_FIELD + "\" value=\"yes\"><span>The file writes dates day first (15/03/2026)</span></label></div>\n"
                + "<button type=\"submit\">Import report</button>\n</form>\n</section>\n";
    }

    private static String chart(SeriesChart chart, java.time.ZoneId zone) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"att-chart\">\n<h2 id=\"att-chart\">Attendance per "
                + "session</h2>\n<table>\n<caption class=\"hint\" style=\"text-align:left\">Members present in each session, of the "
                + "group's ").append(chart.members()).append(chart.members() == 1 ? " member" : " members")
                .append(".</caption>\n<thead><tr><th scope=\"col\">Session</th><th scope=\"col\">Present</th></tr></thead>\n"
                        + "<tbody>\n");
        for (SeriesChart.SessionCount count : chart.sessions()) {
            int percent = chart.members() == 0 ? 0 : Math.round(100f * count.present() / chart.members());
            html.append("<tr data-session=\"").append(count.session().number().value()).append("\"><th scope=\"row\">")
                    .append(count.session().number().value()).append(" <span class=\"hint\">(")
                    .append(Html.escape(SHORT.format(count.session().start().atZone(zone)))).append(")</span></th><td>");
            if (!count.recorded()) {
                html.append("not recorded");
            } else {
                html.append(count.present()).append(" of ").append(chart.members())
                        .append(count.absent() + count.excused() == 0 ? "" : " (" + count.absent() + " absent"
                                + (count.excused() == 0 ? "" : ", " + count.excused() + " excused") + ")")
                        .append("<div aria-hidden=\"true\" style=\"height:.9rem;max-width:16rem;border:1px solid #767676;"
                                + "background:#fff\"><div style=\"height:100%;width:").append(percent)
                        .append("%;background:#1d4f91\"></div></div>");
            }
            html.append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</section>\n").toString();
    }

    private static String errors(String heading, List<Violation> reasons, String id) {
        if (reasons.isEmpty()) {
            return "";
        }
        return "<div class=\"errors\" role=\"alert\" id=\"" + id + "\">\n<h3>" + Html.escape(heading) + "</h3>\n<ul>"
                + reasons.stream().map(r -> "<li>" + reason(r) + "</li>").collect(Collectors.joining()) + "</ul>\n</div>\n";
    }

    private static String reason(Violation violation) {
        String message = violation.message();
        String sentence = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1)
                + (message.endsWith(".") ? "" : ".");
        return Html.escape(sentence) + " <span class=\"reason\">(<code>" + Html.escape(violation.code()) + "</code>)</span>";
    }

    private static String title(ScheduledSession session, SessionSheet sheet) {
        return "Session " + session.number().value() + ": " + DAY.format(session.start().atZone(sheet.zone()));
    }

    private static String nameOf(SessionSheet sheet, MemberId member) {
        return sheet.members().stream().filter(m -> m.member().equals(member)).map(SessionSheet.MemberRow::name)
                .findFirst().orElse(member.value());
    }
}
