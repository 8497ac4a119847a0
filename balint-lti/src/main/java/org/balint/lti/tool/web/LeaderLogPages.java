package org.balint.lti.tool.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.ScheduledSession;
import org.balint.core.leadership.LeaderLog;
import org.balint.core.leadership.LogEntry;
import org.balint.core.leadership.RequirementProgress;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.leaderlog.EntryRequest;
import org.balint.lti.tool.leaderlog.LeaderLogs;
import org.balint.lti.tool.leaderlog.LogOverview;

/**
 * The leader's "My leader log" page: their progress on the credentialing pathway in plain words, three
 * small forms (a session led, a supervised session, an intensive) with reasons shown beside the fields of
 * the one that was refused, and every entry of the log. Only the leader whose log it is sees it. A pure
 * function of its inputs; every text is escaped.
 */
final class LeaderLogPages {

    /** Where the forms post, below the application's base path: {@code lti/log/{kind}}. */
    static final String ACTION = "lti/log/";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);

    private LeaderLogPages() {
    }

    /**
     * The page's content.
     *
     * @param hidden     the session's hidden form fields
     * @param posted     the entry that was refused, to show again with its reasons
     * @param violations why it was refused
     */
    static String render(LogOverview overview, String hidden, String basePath, Optional<EntryRequest> posted,
            List<FieldViolation> violations) {
        String kind = posted.map(EntryRequest::kind).orElse("");
        return "<h1>My leader log</h1>\n<p>Only you see this log. It records your way to leader credentialing: sessions "
                + "you led or co-led, sessions a supervisor supervised, and the intensives you attended. Dates are read in "
                + Html.escape(zone(overview.zone())) + ", the group's time zone.</p>\n"
                + progress(overview)
                + ledForm(overview, hidden, basePath, posted.filter(p -> EntryRequest.LED.equals(p.kind())),
                        EntryRequest.LED.equals(kind) ? violations : List.of())
                + supervisedForm(overview, hidden, basePath, posted.filter(p -> EntryRequest.SUPERVISED.equals(p.kind())),
                        EntryRequest.SUPERVISED.equals(kind) ? violations : List.of())
                + intensiveForm(hidden, basePath, posted.filter(p -> EntryRequest.INTENSIVE.equals(p.kind())),
                        EntryRequest.INTENSIVE.equals(kind) ? violations : List.of())
                + entries(overview);
    }

    private static String progress(LogOverview overview) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"progress\">\n<h2 id=\"progress\">Progress on "
                + "the credentialing pathway</h2>\n<p>");
        var pathway = overview.pathway();
        html.append("The pathway asks for ").append(pathway.monthsLeading()).append(pathway.consecutiveMonths()
                ? " consecutive" : "").append(" months in which you led or co-led a group, ")
                .append(pathway.supervisedSessions()).append(" supervised sessions and ").append(pathway.intensives())
                .append(" intensives.");
        html.append(overview.progress().isComplete() ? " You have met every requirement: ask your credentialing "
                + "committee to review your log." : " Here is where you stand:").append("</p>\n<ul>");
        for (RequirementProgress requirement : overview.progress().requirements()) {
            html.append("<li data-requirement=\"").append(requirement.requirement().name().toLowerCase(Locale.ROOT))
                    .append("\">").append(requirement instanceof RequirementProgress.Met ? "<strong>Met</strong>: " : "")
                    .append(Html.escape(requirement.summary())).append("</li>");
        }
        return html.append("</ul>\n</section>\n").toString();
    }

    private static String ledForm(LogOverview overview, String hidden, String basePath, Optional<EntryRequest> posted,
            List<FieldViolation> errors) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"log-led\">\n<h2 id=\"log-led\">Log a session "
                + "you led</h2>\n");
        if (overview.heldSessions().isEmpty()) {
            return html.append("<p>No session of this group has been held yet. Log a session once it has taken place.</p>\n"
                    + "</section>\n").toString();
        }
        String session = posted.map(EntryRequest::session).orElse("");
        String role = posted.map(EntryRequest::role).orElse("");
        StringBuilder options = new StringBuilder("<option value=\"\"" + (session.isEmpty() ? " selected" : "")
                + ">Choose a session</option>");
        for (ScheduledSession held : overview.heldSessions()) {
            String value = String.valueOf(held.number().value());
            options.append("<option value=\"").append(value).append("\"").append(value.equals(session) ? " selected" : "")
                    .append(">Session ").append(value).append(", ")
                    .append(Html.escape(WHEN.format(held.start().atZone(overview.zone())))).append("</option>");
        }
        String roleError = inline(errors, EntryRequest.ROLE_FIELD);
        html.append(CoursePages.summary(errors)).append(form(basePath, EntryRequest.LED, hidden))
                .append(CoursePages.field(EntryRequest.SESSION_FIELD, "Session of " + overview.groupTitle(), errors, "",
                        "<select " + CoursePages.control(EntryRequest.SESSION_FIELD, errors, "") + ">" + options + "</select>"))
                .append("<fieldset id=\"f-").append(EntryRequest.ROLE_FIELD).append("\"")
                .append(roleError.isEmpty() ? "" : " aria-describedby=\"e-" + EntryRequest.ROLE_FIELD + "\"")
                .append("><legend>Your part</legend>\n").append(roleError)
                .append(radio(EntryRequest.ROLE_FIELD, EntryRequest.LEAD, "I led it", role))
                .append(radio(EntryRequest.ROLE_FIELD, EntryRequest.CO_LEAD, "I co-led it with another leader", role))
                .append("</fieldset>\n<button type=\"submit\">Add the session to my log</button>\n</form>\n</section>\n");
        return html.toString();
    }

    private static String supervisedForm(LogOverview overview, String hidden, String basePath,
            Optional<EntryRequest> posted, List<FieldViolation> errors) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"log-supervised\">\n<h2 id=\"log-supervised\">"
                + "Log a supervised session</h2>\n");
        if (overview.supervisors().isEmpty()) {
            return html.append("<p>Your supervisor is chosen from this group's faculty, and you are its only member so far. "
                    + "A supervisor joins the faculty when they open the activity from the course as an instructor.</p>\n"
                    + "</section>\n").toString();
        }
        String supervisor = posted.map(EntryRequest::supervisor).orElse("");
        StringBuilder options = new StringBuilder("<option value=\"\"" + (supervisor.isEmpty() ? " selected" : "")
                + ">Choose your supervisor</option>");
        for (FacultyMember f : overview.supervisors()) {
            options.append("<option value=\"").append(Html.escape(f.id().value())).append("\"")
                    .append(f.id().value().equals(supervisor) ? " selected" : "").append(">").append(Html.escape(f.name()))
                    .append("</option>");
        }
        html.append(CoursePages.summary(errors)).append(form(basePath, EntryRequest.SUPERVISED, hidden))
                .append(CoursePages.field(EntryRequest.DATE_FIELD, "Date of the supervised session", errors,
                        "The day it took place; not in the future.",
                        "<input type=\"date\" " + CoursePages.control(EntryRequest.DATE_FIELD, errors,
                                "The day it took place; not in the future.") + " value=\""
                                + Html.escape(posted.map(EntryRequest::date).orElse("")) + "\">"))
                .append(CoursePages.field(EntryRequest.SUPERVISOR_FIELD, "Supervisor", errors, "",
                        "<select " + CoursePages.control(EntryRequest.SUPERVISOR_FIELD, errors, "") + ">" + options
                                + "</select>"))
                .append("<button type=\"submit\">Add the supervised session to my log</button>\n</form>\n</section>\n");
        return html.toString();
    }

    private static String intensiveForm(String hidden, String basePath, Optional<EntryRequest> posted,
            List<FieldViolation> errors) {
        String nameHint = "The organiser and place, e.g. \"Leadership intensive, Oxford\". Nothing about patients.";
        String lastHint = "Leave empty for a one-day intensive.";
        return "<section aria-labelledby=\"log-intensive\">\n<h2 id=\"log-intensive\">Log an intensive</h2>\n"
                + CoursePages.summary(errors) + form(basePath, EntryRequest.INTENSIVE, hidden)
                + CoursePages.field(EntryRequest.NAME_FIELD, "Name of the intensive", errors, nameHint,
                        "<input type=\"text\" " + CoursePages.control(EntryRequest.NAME_FIELD, errors, nameHint)
                                + " maxlength=\"" + LeaderLogs.MAX_NAME + "\" value=\""
                                + Html.escape(posted.map(EntryRequest::name).orElse("")) + "\">")
                + CoursePages.field(EntryRequest.FIRST_DAY_FIELD, "First day", errors, "",
                        "<input type=\"date\" " + CoursePages.control(EntryRequest.FIRST_DAY_FIELD, errors, "")
                                + " value=\"" + Html.escape(posted.map(EntryRequest::firstDay).orElse("")) + "\">")
                + CoursePages.field(EntryRequest.LAST_DAY_FIELD, "Last day", errors, lastHint,
                        "<input type=\"date\" " + CoursePages.control(EntryRequest.LAST_DAY_FIELD, errors, lastHint)
                                + " value=\"" + Html.escape(posted.map(EntryRequest::lastDay).orElse("")) + "\">")
                + "<button type=\"submit\">Add the intensive to my log</button>\n</form>\n</section>\n";
    }

    private static String entries(LogOverview overview) {
        LeaderLog log = overview.log();
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"entries\">\n<h2 id=\"entries\">My entries ("
                + log.entries().size() + ")</h2>\n");
        if (log.entries().isEmpty()) {
            return html.append("<p>Nothing is logged yet.</p>\n</section>\n").toString();
        }
        html.append("<h3>Sessions led or co-led (").append(log.ledSessions().size()).append(")</h3>\n");
        html.append(list(log.ledSessions().stream().map(s -> capitalised(s.role().label()) + " session "
                + s.session().value() + " of " + (s.group().equals(overview.group()) ? overview.groupTitle()
                        : "another group") + ", " + WHEN.format(s.heldAt().atZone(overview.zone()))).toList()));
        html.append("<h3>Supervised sessions (").append(log.supervisedSessions().size()).append(")</h3>\n");
        html.append(list(log.supervisedSessions().stream().map(s -> DAY.format(s.date()) + ", supervised by "
                + supervisorName(overview, s)).toList()));
        html.append("<h3>Intensives (").append(log.intensives().size()).append(")</h3>\n");
        html.append(list(log.intensives().stream().map(i -> i.name() + ", " + DAY.format(i.firstDay())
                + (i.lastDay().equals(i.firstDay()) ? "" : " to " + DAY.format(i.lastDay()))).toList()));
        return html.append("</section>\n").toString();
    }

    private static String supervisorName(LogOverview overview, LogEntry.SupervisedSession session) {
        return overview.supervisors().stream().filter(f -> f.id().equals(session.supervisor())).map(FacultyMember::name)
                .findFirst().orElse("a supervisor of another group");
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "<p>None yet.</p>\n" : "<ul>" + items.stream().map(i -> "<li>" + Html.escape(i) + "</li>")
                .collect(Collectors.joining()) + "</ul>\n";
    }

    private static String form(String basePath, String kind, String hidden) {
        return "<form method=\"post\" action=\"" + Html.escape(basePath + ACTION + kind) + "\">\n" + hidden;
    }

    private static String radio(String name, String value, String label, String chosen) {
        return "<div class=\"check\"><label><input type=\"radio\" name=\"" + name + "\" value=\"" + value + "\""
                + (value.equals(chosen) ? " checked" : "") + "><span>" + Html.escape(label) + "</span></label></div>\n";
    }

    private static String inline(List<FieldViolation> errors, String field) {
        String reasons = errors.stream().filter(e -> e.field().filter(field::equals).isPresent())
                .map(e -> Html.escape(capitalised(e.violation().message())) + " <span class=\"reason\">(<code>"
                        + Html.escape(e.violation().code()) + "</code>)</span>")
                .collect(Collectors.joining("<br>"));
        return reasons.isEmpty() ? "" : "<p class=\"error\" id=\"e-" + field + "\">" + reasons + "</p>";
    }

    private static String zone(ZoneId zone) {
        return zone.getId().replace('_', ' ');
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
