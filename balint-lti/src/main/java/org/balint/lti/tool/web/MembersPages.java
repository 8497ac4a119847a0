package org.balint.lti.tool.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.core.registration.Attestation;
import org.balint.core.registration.DeferralReason;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.members.DecisionRequest;
import org.balint.lti.tool.members.RosterEntry;
import org.balint.lti.tool.members.RosterOverview;
import org.balint.lti.tool.roster.RosterSyncStates;

/**
 * The leader's "Members" page: the faculty-review queue first, each registration with an accept or
 * decline (a later series recommended for one of the core's standard reasons) form; the waitlist with
 * promotion as the core allows; every registration with its standing and screening (which attestations,
 * whether a stressful period was reported: never any clinical detail); and the outcome of the last roster
 * sync with the course. A pure function of its inputs; every text is escaped.
 */
final class MembersPages {

    /** Where the forms post, below the application's base path. */
    static final String DECIDE_ACTION = "lti/members/decide";
    static final String PROMOTE_ACTION = "lti/members/promote";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private MembersPages() {
    }

    /**
     * A decision that was refused, shown again at its registrant with the reasons.
     *
     * @param request    what was posted
     * @param violations why it was refused
     */
    record Refusal(DecisionRequest request, List<FieldViolation> violations) {
    }

    /** The page's content; {@code hidden} are the session's hidden form fields, {@code refusal} a decision to show again. */
    static String render(RosterOverview roster, String hidden, String basePath, Optional<Refusal> refusal) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>Members of ").append(Html.escape(roster.title())).append("</h1>\n<p>")
                .append(roster.members()).append(" of at most ").append(roster.maxMembers()).append(" members; ")
                .append(roster.placesLeft() == 1 ? "1 place" : roster.placesLeft() + " places").append(" free.")
                .append(roster.closedToNewMembers() ? " The group has closed to new members: nobody joins any more." : "")
                .append("</p>\n");
        refusal.filter(r -> r.violations().stream().allMatch(v -> v.field().isEmpty()))
                .filter(r -> roster.reviewQueue().stream().noneMatch(e -> e.registrant().value().equals(r.request().registrant())))
                .ifPresent(r -> html.append(CoursePages.summary(r.violations())));
        html.append(queue(roster, hidden, basePath, refusal));
        html.append(waitlist(roster, hidden, basePath));
        html.append(everyone(roster));
        html.append(lastSync(roster.lastSync(), hidden, basePath));
        return html.toString();
    }

    private static String queue(RosterOverview roster, String hidden, String basePath, Optional<Refusal> refusal) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"review\">\n<h2 id=\"review\">Waiting for "
                + "faculty review (" + roster.reviewQueue().size() + ")</h2>\n");
        if (roster.reviewQueue().isEmpty()) {
            return html.append("<p>Nobody is waiting for a decision.</p>\n</section>\n").toString();
        }
        html.append("<p>Screening refers a registration here when the registrant reports an unusually stressful period. "
                + "Accept them (into the group, or onto the waitlist when it is full), or decline for now and recommend a "
                + "later series: the registrant reads the reason you choose as the note from faculty.</p>\n");
        int n = 0;
        for (RosterEntry entry : roster.reviewQueue()) {
            n++;
            Optional<Refusal> mine = refusal.filter(r -> r.request().registrant().equals(entry.registrant().value()));
            html.append(decisionForm(entry, n, hidden, basePath, mine));
        }
        return html.append("</section>\n").toString();
    }

    private static String decisionForm(RosterEntry entry, int n, String hidden, String basePath, Optional<Refusal> refusal) {
        List<FieldViolation> errors = refusal.map(Refusal::violations).orElse(List.of());
        String decision = refusal.map(r -> r.request().decision()).orElse("");
        String reason = refusal.map(r -> r.request().reason()).orElse("");
        String heading = "q-" + n;
        StringBuilder html = new StringBuilder("<div class=\"entry\" data-registrant=\"" + Html.escape(entry.registrant().value())
                + "\">\n<h3 id=\"" + heading + "\">" + Html.escape(entry.name()) + "</h3>\n<p>"
                + Html.escape(entry.profession()) + "; registered " + Html.escape(DAY.format(entry.registeredAt())) + ". Screening: "
                + Html.escape(screening(entry)) + "</p>\n");
        html.append(errorsOf(errors, n));
        html.append("<form method=\"post\" action=\"").append(Html.escape(basePath + DECIDE_ACTION))
                .append("\" aria-labelledby=\"").append(heading).append("\">\n").append(hidden)
                .append("<input type=\"hidden\" name=\"").append(DecisionRequest.REGISTRANT_FIELD).append("\" value=\"")
                .append(Html.escape(entry.registrant().value())).append("\">\n");
        String decisionError = inline(errors, DecisionRequest.DECISION_FIELD, n);
        html.append("<fieldset id=\"f-decision-").append(n).append("\"").append(decisionError.isEmpty() ? "" : " aria-describedby=\"e-decision-" + n + "\"")
                .append("><legend>Your decision on ").append(Html.escape(entry.name())).append("</legend>\n")
                .append(decisionError)
                .append(radio(n, DecisionRequest.ACCEPT, "Accept", decision))
                .append(radio(n, DecisionRequest.DEFER, "Decline: recommend a later series", decision))
                .append("</fieldset>\n");
        String reasonError = inline(errors, DecisionRequest.REASON_FIELD, n);
        String id = "f-reason-" + n;
        html.append("<div class=\"field\"><label for=\"").append(id).append("\">Reason, when declining</label>")
                .append("<p class=\"hint\" id=\"h-reason-").append(n).append("\">The registrant reads this reason; "
                        + "it says nothing about patients.</p>").append(reasonError)
                .append("<select id=\"").append(id).append("\" name=\"").append(DecisionRequest.REASON_FIELD)
                .append("\" aria-describedby=\"h-reason-").append(n).append(reasonError.isEmpty() ? "" : " e-reason-" + n)
                .append("\"").append(reasonError.isEmpty() ? "" : " aria-invalid=\"true\"").append(">")
                .append("<option value=\"\"").append(reason.isEmpty() ? " selected" : "").append(">Choose a reason</option>");
        for (DeferralReason r : DeferralReason.values()) {
            html.append("<option value=\"").append(Html.escape(r.code())).append("\"")
                    .append(r.code().equals(reason) ? " selected" : "").append(">").append(Html.escape(reasonLabel(r)))
                    .append("</option>");
        }
        html.append("</select></div>\n<button type=\"submit\">Record the decision on ").append(Html.escape(entry.name()))
                .append("</button>\n</form>\n</div>\n");
        return html.toString();
    }

    /** How a deferral reason reads in the leader's list. */
    static String reasonLabel(DeferralReason reason) {
        switch (reason) {
            case STRESSFUL_PERIOD:
                return "A stressful period: join once things have settled";
            case TALK_WITH_FACULTY_FIRST:
                return "Faculty want to talk with them first";
            default:
                return "This series is well under way: join the next one";
        }
    }

    private static String radio(int n, String value, String label, String chosen) {
        return "<div class=\"check\"><label><input type=\"radio\" name=\"" + DecisionRequest.DECISION_FIELD
                + "\" value=\"" + value + "\"" + (value.equals(chosen) ? " checked" : "") + "><span>" + Html.escape(label)
                + "</span></label></div>\n";
    }

    private static String errorsOf(List<FieldViolation> errors, int n) {
        if (errors.isEmpty()) {
            return "";
        }
        return "<div class=\"errors\" role=\"alert\">\n<p>" + (errors.size() == 1 ? "One thing to correct" : errors.size()
                + " things to correct") + " before the decision is recorded:</p>\n<ul>" + errors.stream()
                .map(e -> "<li>" + e.field().map(f -> "<a href=\"#" + anchor(f, n) + "\">").orElse("")
                        + Html.escape(sentence(e.violation().message())) + e.field().map(f -> "</a>").orElse("")
                        + " <span class=\"reason\">(<code>" + Html.escape(e.violation().code()) + "</code>)</span></li>")
                .collect(Collectors.joining()) + "</ul>\n</div>\n";
    }

    private static String anchor(String field, int n) {
        return "f-" + field + "-" + n;
    }

    private static String inline(List<FieldViolation> errors, String field, int n) {
        String reasons = errors.stream().filter(e -> e.field().filter(field::equals).isPresent())
                .map(e -> Html.escape(sentence(e.violation().message())) + " <span class=\"reason\">(<code>"
                        + Html.escape(e.violation().code()) + "</code>)</span>")
                .collect(Collectors.joining("<br>"));
        return reasons.isEmpty() ? "" : "<p class=\"error\" id=\"e-" + field + "-" + n + "\">" + reasons + "</p>";
    }

    private static String waitlist(RosterOverview roster, String hidden, String basePath) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"waitlist\">\n<h2 id=\"waitlist\">Waitlist ("
                + roster.waitlist().size() + ")</h2>\n");
        if (roster.waitlist().isEmpty()) {
            return html.append("<p>Nobody is waiting for a place.</p>\n</section>\n").toString();
        }
        html.append("<ol>").append(roster.waitlist().stream().map(e -> "<li>" + Html.escape(e.name()) + ", waiting since "
                + Html.escape(DAY.format(e.since())) + "</li>").collect(Collectors.joining())).append("</ol>\n");
        if (roster.closedToNewMembers()) {
            html.append("<p>The group has closed to new members, so nobody is promoted any more. Suggest the next series "
                    + "to those waiting.</p>\n");
        } else if (roster.placesLeft() == 0) {
            html.append("<p>The group is full. When a member leaves, the first in line is promoted; you can also fill "
                    + "free places here once there are some.</p>\n");
        } else {
            html.append("<form method=\"post\" action=\"").append(Html.escape(basePath + PROMOTE_ACTION)).append("\">\n")
                    .append(hidden).append("<button type=\"submit\">Fill free places from the waitlist</button>\n</form>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String everyone(RosterOverview roster) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"everyone\">\n<h2 id=\"everyone\">Everyone who "
                + "registered (" + roster.everyone().size() + ")</h2>\n");
        if (roster.everyone().isEmpty()) {
            return html.append("<p>Nobody has registered yet. Learners register by opening the activity from the course."
                    + "</p>\n</section>\n").toString();
        }
        html.append("<ul class=\"roster\">");
        for (RosterEntry entry : roster.everyone()) {
            html.append("<li data-standing=\"").append(Html.escape(entry.standing().code())).append("\"><strong>")
                    .append(Html.escape(entry.name())).append("</strong>: ").append(Html.escape(standing(entry)))
                    .append("<br><span class=\"hint\">Screening: ").append(Html.escape(screening(entry))).append("</span>");
            entry.note().ifPresent(note -> html.append("<br><span class=\"hint\">Note from faculty: ")
                    .append(Html.escape(note)).append("</span>"));
            html.append("</li>");
        }
        return html.append("</ul>\n</section>\n").toString();
    }

    private static String standing(RosterEntry entry) {
        String since = " since " + DAY.format(entry.since());
        switch (entry.standing()) {
            case WAITLISTED:
                return "waitlisted, position " + entry.waitlistPosition().map(String::valueOf).orElse("?") + since;
            case AWAITING_REVIEW:
                return "awaiting faculty review" + since;
            case LATER_SERIES_RECOMMENDED:
                return "declined by faculty, a later series recommended" + since;
            case DECLINED_AT_SCREENING:
                return "declined at screening" + since;
            case WITHDRAWN:
                return "withdrew" + since;
            case LEFT_THE_COURSE:
                return "left the course, and with it the group," + since;
            default:
                return "accepted" + since;
        }
    }

    /** Which attestations were given and whether a stressful period was reported; nothing else. */
    static String screening(RosterEntry entry) {
        String attestations = entry.missing().isEmpty() ? "gave all four attestations"
                : "did not confirm " + entry.missing().stream().map(MembersPages::attestation).collect(Collectors.joining(", "));
        return attestations + (entry.stressfulPeriodReported()
                ? "; reported an unusually stressful period, which refers a registration to faculty review."
                : "; reported no unusually stressful period.");
    }

    private static String attestation(Attestation attestation) {
        switch (attestation) {
            case CLINICALLY_ACTIVE:
                return "seeing patients or clients";
            case WILLING_TO_PRESENT:
                return "willing to present a case";
            case ATTENDS_ALL_SESSIONS:
                return "attending every session";
            default:
                return "keeping the group confidential";
        }
    }

    private static String lastSync(Optional<RosterSyncStates.SyncState> state, String hidden, String basePath) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"sync\">\n<h2 id=\"sync\">Roster sync with the "
                + "course</h2>\n");
        if (state.isEmpty()) {
            html.append("<p data-sync=\"never\">No roster sync has run yet. It runs after your launches, at most every 15 "
                    + "minutes; sync now to bring the group in step with the course.</p>\n");
        } else {
            RosterSyncStates.SyncState s = state.get();
            if (s.finishedAt().isEmpty() || s.finishedAt().get().isBefore(s.startedAt())) {
                html.append("<p data-sync=\"running\">A sync started ").append(when(s.startedAt()))
                        .append(" and has not finished yet. Open this page again in a minute to see what it changed.</p>\n");
            }
            if (s.finishedAt().isPresent() && s.succeeded()) {
                html.append("<p data-sync=\"synced\">The last sync finished ").append(when(s.finishedAt().get()))
                        .append(": ").append(s.counts().coLeadersAdded()).append(" added to the faculty, ")
                        .append(s.counts().left()).append(" left the course, ").append(s.counts().unchanged())
                        .append(" registered and still in the course, ").append(s.counts().notRegistered())
                        .append(" in the course but not registered.</p>\n");
            } else if (s.finishedAt().isPresent() && !"not-synced-yet".equals(s.outcome())) {
                html.append("<div class=\"errors\" data-sync=\"failed\"><p>The last sync, ").append(when(s.finishedAt().get()))
                        .append(", changed nothing: ").append(Html.escape(s.detail())).append(" <span class=\"reason\">(<code>")
                        .append(Html.escape(s.outcome())).append("</code>)</span></p></div>\n");
            }
        }
        html.append("<form method=\"post\" action=\"").append(Html.escape(basePath + RosterPages.SYNC_ACTION)).append("\">\n")
                .append(hidden).append("<button type=\"submit\">Sync roster with the course now</button>\n</form>\n");
        return html.append("</section>\n").toString();
    }

    private static String when(Instant instant) {
        return Html.escape(WHEN.format(instant));
    }

    private static String sentence(String message) {
        String text = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    /** A violation shown at the top of the page, for a refusal about no particular registrant. */
    static List<FieldViolation> general(List<Violation> violations) {
        return violations.stream().map(FieldViolation::general).toList();
    }
}
