package org.balint.lti.tool.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.core.group.FacultyMember;
import org.balint.lti.tool.api.CreditDecisionView;
import org.balint.lti.tool.api.MemberHome;
import org.balint.lti.tool.api.PresentationsView;
import org.balint.lti.tool.api.RuleView;
import org.balint.lti.tool.api.SessionAttendanceView;
import org.balint.lti.tool.api.SessionView;
import org.balint.lti.tool.documents.CertificateStanding;
import org.balint.lti.tool.session.ActiveSession;

/**
 * The HTML of an accepted member's home page, as a pure function of what {@link MemberHome} read: the
 * group and its leaders, the next session with the video link, when the member presents, every session
 * in the member's time zone with their attendance, the form to choose that zone, their credit decision
 * with each rule's reason (or what is still needed before it is decided), and their documents.
 */
final class MemberHomeHtml {

    /** The form field of the time-zone choice; empty for the group's own zone. */
    static final String TIME_ZONE_FIELD = "time_zone";
    /** The form's address below the base path. */
    static final String TIME_ZONE_ACTION = "lti/member/time-zone";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private MemberHomeHtml() {
    }

    /**
     * What the page shows besides the records.
     *
     * @param session      the launch session the forms carry
     * @param basePath     the application's base path, ending in {@code /}
     * @param zoneChosen   whether the member chose the zone shown (else it is the group's)
     * @param certificate  where the member's certificate stands
     * @param notice       a line at the top saying what was just done
     * @param zoneProblem  why the zone sent was refused, shown beside the field
     */
    record Context(ActiveSession session, String basePath, boolean zoneChosen, CertificateStanding certificate,
            Optional<String> notice, Optional<String> zoneProblem) {
        Context {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(basePath, "basePath");
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(zoneProblem, "zoneProblem");
        }
    }

    /** The page's content. */
    static String render(MemberHome home, Context context) {
        String title = Html.escape(home.group().title());
        return "<h1>" + title + "</h1>\n"
                + context.notice().map(n -> "<p class=\"notice\" role=\"status\">" + Html.escape(n) + "</p>\n").orElse("")
                + "<p><strong>Accepted.</strong> You are a member of this Balint group. " + leaders(home) + "</p>\n"
                + next(home) + presenting(home.presentations()) + schedule(home, context) + credit(home)
                + DocumentForms.forMember(context.session(), context.basePath(), unavailable(context.certificate()));
    }

    private static String leaders(MemberHome home) {
        List<FacultyMember> coLeaders = home.group().faculty().coLeaders();
        String names = Html.escape(home.group().faculty().leader().name()) + (coLeaders.isEmpty() ? ""
                : " with " + coLeaders.stream().map(f -> Html.escape(f.name())).collect(Collectors.joining(", ")));
        return "Led by " + names + ".";
    }

    private static String next(MemberHome home) {
        String zone = zoneName(home.schedule().timeZone());
        String link = Html.escape(home.schedule().videoLink());
        String video = "<p>Video meeting: <a href=\"" + link + "\" rel=\"noopener noreferrer\" target=\"_blank\">" + link
                + "</a></p>\n";
        String body = home.schedule().next().map(s -> "<p><strong>Session " + s.number() + ": " + Html.escape(when(s))
                + "</strong> (" + zone + ").</p>\n").orElseGet(() -> "<p>The series is over: the last session was on "
                        + Html.escape(LONG_DAY.format(start(last(home)))) + ".</p>\n");
        return "<section aria-labelledby=\"next-session\" class=\"highlight\">\n<h2 id=\"next-session\">Next session</h2>\n"
                + body + video + "</section>\n";
    }

    private static String presenting(PresentationsView turns) {
        String line;
        if (!turns.planPublished()) {
            line = "The rotation plan is not published yet; your leader publishes who presents a case in which session.";
        } else if (turns.turns().isEmpty()) {
            line = "The published rotation plan does not give you a turn to present.";
        } else if (turns.nextTurn().isEmpty()) {
            line = "You have presented in every turn the plan gave you (" + sessions(turns.turns()) + ").";
        } else {
            SessionView next = turns.nextTurn().get();
            line = "Your next turn to present a case: session " + next.number() + ", " + when(next) + ". Your turns: "
                    + sessions(turns.turns()) + ".";
        }
        return "<section aria-labelledby=\"presenting\">\n<h2 id=\"presenting\">Presenting</h2>\n<p>" + Html.escape(line)
                + "</p>\n</section>\n";
    }

    private static String schedule(MemberHome home, Context context) {
        String zone = zoneName(home.schedule().timeZone());
        Optional<Integer> next = home.schedule().next().map(SessionView::number);
        String rows = home.attendance().sessions().stream().map(a -> row(a, next)).collect(Collectors.joining());
        return "<section aria-labelledby=\"schedule\">\n<h2 id=\"schedule\">Schedule and your attendance</h2>\n"
                + "<p id=\"zone-shown\">Times in " + zone + (context.zoneChosen() ? ", the time zone you chose."
                        : ", the group's time zone.") + "</p>\n"
                + "<table aria-describedby=\"zone-shown\"><thead><tr><th scope=\"col\">Session</th>"
                + "<th scope=\"col\">When</th><th scope=\"col\">Attendance</th>"
                + "<th scope=\"col\">Minutes</th></tr></thead><tbody>\n" + rows + "</tbody></table>\n"
                + zoneForm(home, context) + "</section>\n";
    }

    private static String row(SessionAttendanceView a, Optional<Integer> next) {
        SessionView s = a.session();
        boolean isNext = next.isPresent() && next.get() == s.number();
        String number = isNext ? "<strong>" + s.number() + " (next)</strong>" : String.valueOf(s.number());
        return "<tr" + (isNext ? " class=\"next\"" : "") + "><th scope=\"row\">" + number + "</th><td class=\"when\">"
                + Html.escape(DAY.format(start(s))) + "<br>" + Html.escape(TIME.format(start(s)) + "–"
                        + TIME.format(OffsetDateTime.parse(s.end())))
                + "</td><td>" + Html.escape(a.summary()) + "</td><td>"
                + (a.standing().equals("upcoming") || a.standing().equals("not-recorded") ? "–" : a.minutesPresent())
                + "</td></tr>\n";
    }

    private static String zoneForm(MemberHome home, Context context) {
        String groupZone = home.group().schedule().zone().getId();
        String shown = context.zoneChosen() ? home.schedule().timeZone() : "";
        String options = "<option value=\"\"" + (shown.isEmpty() ? " selected" : "") + ">The group's time zone ("
                + zoneName(groupZone) + ")</option>\n" + CoursePages.ZONES.stream()
                        .map(id -> "<option value=\"" + Html.escape(id) + "\"" + (id.equals(shown) ? " selected" : "") + ">"
                                + zoneName(id) + "</option>")
                        .collect(Collectors.joining("\n"));
        String problem = context.zoneProblem().map(p -> "<p class=\"error\" id=\"time-zone-problem\">" + Html.escape(p)
                + "</p>\n").orElse("");
        return "<form method=\"post\" action=\"" + Html.escape(context.basePath() + TIME_ZONE_ACTION) + "\">\n"
                + CoursePages.hidden(context.session())
                + "<label for=\"time-zone\">Show the times in</label>\n" + problem
                + "<select id=\"time-zone\" name=\"" + TIME_ZONE_FIELD + "\""
                + (context.zoneProblem().isPresent() ? " aria-invalid=\"true\" aria-describedby=\"time-zone-problem\"" : "")
                + ">\n" + options + "\n</select>\n<button type=\"submit\">Show these times</button>\n</form>\n";
    }

    private static String credit(MemberHome home) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"credit\">\n<h2 id=\"credit\">Your credit</h2>\n");
        if (home.credit().decisions().isEmpty()) {
            html.append("<p><strong>Not decided yet.</strong> ").append(Html.escape(stillNeeded(home))).append("</p>\n");
        }
        for (CreditDecisionView decision : home.credit().decisions()) {
            html.append("<h3>").append(Html.escape(capitalised(decision.label()))).append("</h3>\n<p><strong>")
                    .append(decision.eligible() ? "Awarded" : "Not awarded").append(".</strong> ")
                    .append(Html.escape(decision.eligible()
                            ? decision.creditEarned().map(c -> "You earned " + c + " " + decision.label() + ".")
                                    .orElse("You completed the requirements.")
                            : "Your attendance does not meet every rule below."))
                    .append(decision.claimed().map(c -> " You claimed " + Html.escape(c) + ".").orElse(""))
                    .append("</p>\n<ul class=\"rules\">\n");
            for (RuleView rule : decision.rules()) {
                html.append("<li>").append(rule.met() ? "<strong>Met:</strong> " : "<strong>Not met:</strong> ")
                        .append(Html.escape(rule.explanation())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        return html.append("</section>\n").toString();
    }

    /** What is still needed before the credit is decided, from the schedule. */
    static String stillNeeded(MemberHome home) {
        long toCome = home.schedule().sessions().stream().filter(s -> !s.held()).count();
        String lastDay = LONG_DAY.format(start(last(home)));
        if (toCome > 0) {
            return "Your credit is decided from your attendance after the last session, on " + lastDay + ". "
                    + CoursePages.plural((int) toCome, "session") + " still to come; attend " + (toCome == 1 ? "it" : "them")
                    + " in full, then your leader records the group's credit.";
        }
        return "The series ended on " + lastDay + "; your leader has not recorded the group's credit yet. Ask them to"
                + " record it.";
    }

    private static Optional<String> unavailable(CertificateStanding standing) {
        return standing instanceof CertificateStanding.Unavailable u ? Optional.of(u.message()) : Optional.empty();
    }

    private static SessionView last(MemberHome home) {
        List<SessionView> sessions = home.schedule().sessions();
        return sessions.get(sessions.size() - 1);
    }

    private static OffsetDateTime start(SessionView s) {
        return OffsetDateTime.parse(s.start());
    }

    private static String when(SessionView s) {
        return LONG_DAY.format(start(s)) + ", " + TIME.format(start(s)) + "–" + TIME.format(OffsetDateTime.parse(s.end()));
    }

    private static String sessions(List<SessionView> turns) {
        return "session" + (turns.size() == 1 ? " " : "s ") + turns.stream().map(s -> String.valueOf(s.number()))
                .collect(Collectors.joining(", "));
    }

    private static String zoneName(String id) {
        return Html.escape(ZoneId.of(id).getId().replace('_', ' '));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
