package org.balint.lti.tool.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.core.credit.CreditDecision;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.gradebook.LeaderCredit;
import org.balint.lti.tool.gradebook.MemberSyncStatus;
import org.balint.lti.tool.session.ActiveSession;

/**
 * The "Credit" section of a leader's page: each member's current credit decision with its reasons, where
 * their recorded result stands on its way to the LMS gradebook, the "Record credit decisions" form and,
 * for a result the LMS refused for good, "Send again". Every text is escaped; the forms carry the launch
 * session and its CSRF token.
 */
final class CreditSection {

    /** Where the credit forms post, below the application's base path. */
    static final String RECORD_ACTION = "lti/group/credit/record";
    static final String SEND_AGAIN_ACTION = "lti/group/credit/send-again";
    /** The field naming the member whose result is sent again. */
    static final String MEMBER_FIELD = "member";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private CreditSection() {
    }

    static String render(LeaderCredit.CreditOverview overview, ActiveSession active, String basePath,
            Optional<String> notice) {
        return "<section aria-labelledby=\"credit\">\n<h2 id=\"credit\">Credit</h2>\n"
                + body(overview, active, basePath, notice) + "</section>";
    }

    /** The same as a page of its own: the leader's "Credit" page. */
    static String page(LeaderCredit.CreditOverview overview, ActiveSession active, String basePath, Optional<String> notice) {
        return "<h1 id=\"credit\">Credit and the gradebook</h1>\n" + body(overview, active, basePath, notice);
    }

    private static String body(LeaderCredit.CreditOverview overview, ActiveSession active, String basePath,
            Optional<String> notice) {
        StringBuilder html = new StringBuilder();
        notice.ifPresent(text -> html.append("<p role=\"status\"><strong>").append(Html.escape(text)).append("</strong></p>\n"));
        html.append("<p>Each member's ").append(Html.escape(LeaderCredit.TYPE.label())).append(" for the series, from the ")
                .append("group's attendance (at most ").append(Html.escape(overview.maximum().toString()))
                .append(" credit). Recording the decisions sends each changed result to the course's gradebook.</p>\n");
        if (!overview.problems().isEmpty()) {
            html.append("<div class=\"errors\" role=\"alert\"><ul>").append(overview.problems().stream().map(CreditSection::reason)
                    .map(r -> "<li>" + r + "</li>").collect(Collectors.joining())).append("</ul></div>\n");
        }
        if (overview.members().isEmpty()) {
            html.append("<p>The group has no members yet.</p>\n");
            return html.toString();
        }
        html.append("<table><thead><tr><th scope=\"col\">Member</th><th scope=\"col\">Credit decision</th>")
                .append("<th scope=\"col\">Gradebook</th></tr></thead><tbody>\n");
        for (LeaderCredit.MemberCredit member : overview.members()) {
            html.append("<tr data-member=\"").append(Html.escape(member.member().value())).append("\"><td>")
                    .append(Html.escape(member.name())).append("</td><td>").append(decision(member)).append("</td><td>")
                    .append(status(member, active, basePath)).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n<p class=\"hint\">Sent: the gradebook has the result. Waiting: Balint is sending "
                + "it, and tries again by itself after a failed attempt. Refused or not gradable: the course's platform "
                + "turned the result down for good, in the words shown; clear the cause, then press Send again.</p>\n")
                .append("<form method=\"post\" action=\"").append(Html.escape(basePath + RECORD_ACTION))
                .append("\">\n").append(CoursePages.hidden(active)).append("<button type=\"submit\">Record credit decisions</button>\n</form>\n");
        return html.toString();
    }

    private static String decision(LeaderCredit.MemberCredit member) {
        if (member.decision().isEmpty()) {
            return "Not offered: " + Html.escape(member.offer().explanation());
        }
        CreditDecision decision = member.decision().get();
        if (decision instanceof CreditDecision.Eligible eligible) {
            return "<strong>Eligible</strong>: " + Html.escape(eligible.creditEarned().toString()) + " credit";
        }
        return "<strong>Not eligible</strong><ul>" + ((CreditDecision.NotEligible) decision).reasons().stream()
                .map(r -> "<li>" + reason(r) + "</li>").collect(Collectors.joining()) + "</ul>";
    }

    private static String status(LeaderCredit.MemberCredit member, ActiveSession active, String basePath) {
        MemberSyncStatus status = member.status();
        if (status instanceof MemberSyncStatus.Pending p) {
            return "<span class=\"sync\" data-sync=\"pending\"><strong>Waiting</strong></span> to be sent, since "
                    + when(p.since());
        }
        if (status instanceof MemberSyncStatus.Delivered d) {
            return "<span class=\"sync\" data-sync=\"delivered\"><strong>Sent</strong></span> " + when(d.deliveredAt());
        }
        if (status instanceof MemberSyncStatus.Retrying r) {
            return "<span class=\"sync\" data-sync=\"retrying\"><strong>Waiting</strong></span>: attempt " + r.attempts()
                    + " failed (" + Html.escape(r.lastError()) + "); Balint tries again " + when(r.nextAttemptAt())
                    + " by itself.";
        }
        if (status instanceof MemberSyncStatus.Failed f) {
            boolean notGradable = "user-not-gradable".equals(f.code());
            return "<span class=\"sync\" data-sync=\"failed\" data-failure=\"" + Html.escape(f.code()) + "\"><strong>"
                    + (notGradable ? "Not gradable" : "Refused") + "</strong></span>: " + Html.escape(f.reason())
                    + " <span class=\"reason\">(<code>" + Html.escape(f.code()) + "</code>)</span>"
                    + "<form method=\"post\" action=\"" + Html.escape(basePath + SEND_AGAIN_ACTION) + "\">\n" + CoursePages.hidden(active)
                    + "<input type=\"hidden\" name=\"" + MEMBER_FIELD + "\" value=\"" + Html.escape(member.member().value())
                    + "\">\n<button type=\"submit\" aria-label=\"Send again: " + Html.escape(member.name())
                    + "\">Send again</button>\n</form>";
        }
        if (member.decision().isEmpty()) {
            return "<span class=\"sync\" data-sync=\"none\"><strong>Nothing to send</strong></span>: this credit is not "
                    + "offered to the member.";
        }
        return "<span class=\"sync\" data-sync=\"none\"><strong>Not sent yet</strong></span>: record the credit decisions "
                + "to send it.";
    }

    private static String reason(Violation violation) {
        return Html.escape(violation.message()) + " <span class=\"reason\">(<code>" + Html.escape(violation.code())
                + "</code>)</span>";
    }

    private static String when(Instant instant) {
        return Html.escape(WHEN.format(instant));
    }

}
