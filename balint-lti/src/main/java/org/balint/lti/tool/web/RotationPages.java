package org.balint.lti.tool.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.rotation.PlanChange;
import org.balint.core.rotation.PresentationSlot;
import org.balint.core.rotation.RotationPlan;
import org.balint.core.rotation.SwapRequest;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.rotation.GroupRotation;
import org.balint.lti.tool.rotation.LeaderRotation;
import org.balint.lti.tool.rotation.MemberRotation;
import org.balint.lti.tool.session.ActiveSession;

/**
 * The rotation pages, as pure functions of what the rotation service worked out: the leader's
 * {@value #LEADER_PAGE} page (the plan per session, the "everyone presents" guarantee, the changes and the
 * members' swap requests) and the member's {@value #MEMBER_PAGE} page (their turns and their swap request).
 * Every text is escaped; every form carries the launch session and its CSRF token; a refused form shows
 * its reasons at the top and next to the field they concern.
 */
final class RotationPages {

    static final String LEADER_PAGE = "rotation";
    static final String MEMBER_PAGE = "presenting";

    static final String VOLUNTEER_ACTION = "lti/rotation/volunteer";
    static final String SWAP_ACTION = "lti/rotation/swap";
    static final String REPLAN_ACTION = "lti/rotation/replan";
    static final String PUBLISH_ACTION = "lti/rotation/publish";
    static final String DISCARD_ACTION = "lti/rotation/discard";
    static final String DECIDE_ACTION = "lti/rotation/requests/decide";
    static final String REQUEST_ACTION = "lti/presenting/request";
    /** The field of the decide form saying {@code accept} or {@code decline}. */
    static final String DECISION = "decision";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private RotationPages() {
    }

    /** What a refused form showed: the reasons and the values entered, to show the form again. */
    record Entered(List<FieldViolation> errors, Map<String, String> values) {
        static Entered none() {
            return new Entered(List.of(), Map.of());
        }

        String value(String field) {
            return values.getOrDefault(field, "");
        }
    }

    // ---- the leader's page

    static String leader(LeaderRotation view, ActiveSession active, String basePath, Entered entered) {
        StringBuilder html = new StringBuilder("<h1>Case-presentation rotation</h1>\n");
        html.append("<p>Who presents a case in each session of <q>").append(Html.escape(view.group().title()))
                .append("</q>. Times are in ").append(Html.escape(view.group().schedule().zone().getId()))
                .append(". Only who presents when is kept here, never anything about the cases.</p>\n");
        html.append(CoursePages.summary(entered.errors()));
        html.append(guarantee(view));
        html.append(plan(view, active, basePath));
        html.append(requests(view, active, basePath));
        html.append(changeForms(view, active, basePath, entered));
        return html.toString();
    }

    private static String guarantee(LeaderRotation view) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"guarantee\">\n<h2 id=\"guarantee\">Everyone presents"
                + "</h2>\n");
        String which = view.proposal().isPresent() ? "proposal" : "published plan";
        if (view.guarantee().met()) {
            html.append("<p data-guarantee=\"met\"><strong>Met.</strong> Every member presents at least once in the ")
                    .append(which).append(" below (").append(plural(view.group().members().size(), "member")).append(").</p>\n");
        } else {
            html.append("<div class=\"errors\" data-guarantee=\"not-met\">\n<p><strong>Not met.</strong> Not every member "
                    + "can present yet in the ").append(which).append(":</p>\n<ul>")
                    .append(view.guarantee().reasons().stream().map(v -> "<li>" + reason(v) + "</li>").collect(Collectors.joining()))
                    .append("</ul>\n<p>").append(Html.escape(nextStep(view))).append("</p>\n</div>\n");
        }
        return html.append("</section>\n").toString();
    }

    /** What the leader can do when the guarantee is not met. */
    private static String nextStep(LeaderRotation view) {
        if (view.proposal().isEmpty()) {
            return "The group changed since the rotation was published. Re-plan below: the planner gives every member "
                    + "a turn and changes as few places as it can.";
        }
        return "The sessions left cannot give every member a turn. Ask the course coordinator to add a session or to "
                + "allow two cases per session, then re-plan; members who present later in another series can be told so.";
    }

    private static String plan(LeaderRotation view, ActiveSession active, String basePath) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"plan\">\n");
        Optional<LeaderRotation.Proposal> proposal = view.proposal();
        if (proposal.isPresent()) {
            html.append("<h2 id=\"plan\">Proposal, not published yet</h2>\n");
            html.append("<p>").append(view.published().isPresent() ? "Members still see the published rotation until "
                    + "you publish this proposal." : "Nothing is published yet: members see no turns until you publish.")
                    .append("</p>\n");
        } else {
            html.append("<h2 id=\"plan\">Published plan</h2>\n");
            view.published().ifPresent(p -> html.append("<p>Published on ").append(Html.escape(DAY.format(
                    p.publishedAt().atZone(view.group().schedule().zone())))).append(". Members see their turns.</p>\n"));
        }
        Optional<RotationPlan> shown = view.shown();
        if (shown.isEmpty()) {
            html.append("<p>There is no plan to show: see why under <q>Everyone presents</q>.</p>\n");
        } else {
            html.append(table(view.group(), shown.get(), view.heldSessions(),
                    proposal.map(LeaderRotation.Proposal::changes).orElse(List.of()), view::nameOf));
        }
        proposal.ifPresent(p -> {
            if (!p.changes().isEmpty()) {
                html.append("<p>").append(plural(p.changes().size(), "place")).append(" differ").append(p.changes().size() == 1 ? "s" : "")
                        .append(" from the published plan (marked <q>changed</q>).</p>\n");
            }
            if (!p.volunteersNotHonoured().isEmpty()) {
                html.append("<p>Volunteers the plan could not give their session (the place is needed to give everyone "
                        + "a turn, or another volunteer came first):</p>\n<ul>")
                        .append(p.volunteersNotHonoured().stream().map(s -> "<li>" + Html.escape(view.nameOf(s.presenter()))
                                + ", " + Html.escape(s.session().toString()) + "</li>").collect(Collectors.joining()))
                        .append("</ul>\n");
            }
            if (!p.notes().isEmpty()) {
                html.append("<p>Changes that no longer apply:</p>\n<ul>")
                        .append(p.notes().stream().map(v -> "<li>" + reason(v) + "</li>").collect(Collectors.joining()))
                        .append("</ul>\n");
            }
            if (p.plan().isPresent()) {
                html.append(form(basePath + PUBLISH_ACTION, active, "<input type=\"hidden\" name=\"" + GroupRotation.PROPOSAL
                        + "\" value=\"" + Html.escape(p.fingerprint()) + "\">\n", "Publish this plan"));
            }
            if (view.desk().hasChanges()) {
                html.append(form(basePath + DISCARD_ACTION, active, "", "Throw away unpublished changes"));
            }
        });
        return html.append("</section>\n").toString();
    }

    static String table(BalintGroup group, RotationPlan plan, int held, List<PlanChange> changes,
            java.util.function.Function<MemberId, String> names) {
        ZoneId zone = group.schedule().zone();
        StringBuilder html = new StringBuilder("<table>\n<thead><tr><th scope=\"col\">Session</th><th scope=\"col\">When</th>"
                + "<th scope=\"col\">Presents</th></tr></thead>\n<tbody>\n");
        for (ScheduledSession session : group.schedule().sessions()) {
            SessionNumber number = session.number();
            List<MemberId> presenters = plan.presentersIn(number);
            boolean changed = changes.stream().anyMatch(c -> c.session().equals(number));
            html.append("<tr data-session=\"").append(number.value()).append("\"><td>").append(number.value())
                    .append(number.value() <= held ? " <span class=\"reason\">(held)</span>" : "").append("</td><td>")
                    .append(Html.escape(WHEN.format(session.start().atZone(zone)))).append("</td><td>")
                    .append(presenters.isEmpty() ? "<span class=\"reason\">open</span>" : presenters.stream()
                            .map(p -> Html.escape(names.apply(p))).collect(Collectors.joining(", ")))
                    .append(changed ? " <strong>changed</strong>" : "").append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static String requests(LeaderRotation view, ActiveSession active, String basePath) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"requests\">\n<h2 id=\"requests\">Swap requests</h2>\n");
        List<SwapRequest> pending = view.desk().pending();
        if (pending.isEmpty()) {
            html.append("<p>No member is waiting for an answer.</p>\n");
        } else {
            html.append("<ul>\n");
            for (SwapRequest request : pending) {
                String text = Html.escape(view.nameOf(request.requester())) + " asks to present in "
                        + Html.escape(request.swap().second().session().toString()) + " instead of "
                        + Html.escape(request.swap().first().session().toString()) + ", swapping with "
                        + Html.escape(view.nameOf(request.swap().second().presenter())) + ".";
                String fields = "<input type=\"hidden\" name=\"" + GroupRotation.REQUEST + "\" value=\""
                        + Html.escape(request.id()) + "\">\n";
                html.append("<li data-request=\"").append(Html.escape(request.id())).append("\">").append(text)
                        .append(form(basePath + DECIDE_ACTION, active, fields + "<input type=\"hidden\" name=\"" + DECISION
                                + "\" value=\"accept\">\n", "Accept the swap of " + view.nameOf(request.requester())))
                        .append(form(basePath + DECIDE_ACTION, active, fields + "<input type=\"hidden\" name=\"" + DECISION
                                + "\" value=\"decline\">\n", "Decline the swap of " + view.nameOf(request.requester())))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String changeForms(LeaderRotation view, ActiveSession active, String basePath, Entered entered) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"change\">\n<h2 id=\"change\">Change the plan</h2>\n");
        List<ScheduledSession> future = view.group().schedule().sessions().stream()
                .filter(s -> s.number().value() > view.heldSessions()).toList();
        List<FieldViolation> errors = entered.errors();
        if (view.group().members().isEmpty() || future.isEmpty()) {
            html.append("<p>").append(view.group().members().isEmpty() ? "The group has no members yet: accept "
                    + "registrations first." : "Every session has been held: there is nothing left to plan.").append("</p>\n");
            return html.append("</section>\n").toString();
        }
        String members = view.group().members().stream().map(m -> option(m.id().value(), m.name(),
                m.id().value().equals(entered.value(GroupRotation.MEMBER)))).collect(Collectors.joining());
        String sessions = future.stream().map(s -> option(String.valueOf(s.number().value()), sessionLabel(view.group(), s),
                String.valueOf(s.number().value()).equals(entered.value(GroupRotation.SESSION)))).collect(Collectors.joining());
        html.append("<h3>Assign a volunteer</h3>\n<form method=\"post\" action=\"").append(Html.escape(basePath + VOLUNTEER_ACTION))
                .append("\">\n").append(hidden(active))
                .append(CoursePages.field(GroupRotation.MEMBER, "Member with a case", errors, "",
                        "<select " + CoursePages.control(GroupRotation.MEMBER, errors, "") + ">" + members + "</select>"))
                .append(CoursePages.field(GroupRotation.SESSION, "Session they present in", errors,
                        "The planner gives them this session unless it would cost someone their turn.",
                        "<select " + CoursePages.control(GroupRotation.SESSION, errors,
                                "The planner gives them this session unless it would cost someone their turn.") + ">"
                                + sessions + "</select>"))
                .append("<button type=\"submit\">Assign volunteer</button>\n</form>\n");
        Optional<RotationPlan> shown = view.shown();
        List<PresentationSlot> turns = shown.map(p -> p.slots().stream()
                .filter(s -> s.session().value() > view.heldSessions()).toList()).orElse(List.of());
        html.append("<h3>Swap two turns</h3>\n");
        if (turns.size() < 2) {
            html.append("<p>There are not two turns still to come to swap.</p>\n");
        } else {
            html.append("<form method=\"post\" action=\"").append(Html.escape(basePath + SWAP_ACTION)).append("\">\n")
                    .append(hidden(active))
                    .append(turnSelect(GroupRotation.FIRST, "One turn", view.group(), turns, view::nameOf, errors,
                            entered.value(GroupRotation.FIRST), 0))
                    .append(turnSelect(GroupRotation.SECOND, "Swaps with", view.group(), turns, view::nameOf, errors,
                            entered.value(GroupRotation.SECOND), 1))
                    .append("<button type=\"submit\">Swap turns</button>\n</form>\n");
        }
        html.append("<h3>Re-plan</h3>\n<p>After members joined or left, or when the plan no longer suits the group, the "
                + "planner makes a new proposal: held sessions stay as they were, every member gets a turn, and as few "
                + "places change as possible.</p>\n")
                .append(form(basePath + REPLAN_ACTION, active, "", "Re-plan from the planner"));
        return html.append("</section>\n").toString();
    }

    // ---- the member's page

    static String member(MemberRotation view, ActiveSession active, String basePath, Entered entered) {
        BalintGroup group = view.group();
        ZoneId zone = group.schedule().zone();
        StringBuilder html = new StringBuilder("<h1>When you present</h1>\n");
        html.append(CoursePages.summary(entered.errors()));
        if (!view.planPublished()) {
            html.append("<p>The leader has not published the case-presentation rotation yet. Once they have, your turns "
                    + "are shown here.</p>\n");
            return html.toString();
        }
        html.append("<section aria-labelledby=\"turns\">\n<h2 id=\"turns\">Your turns</h2>\n");
        if (view.turns().isEmpty()) {
            html.append("<p>You have no turn in the published rotation yet. The leader gives you one when they re-plan; "
                    + "ask them if it takes long.</p>\n");
        } else {
            html.append("<ul>\n");
            for (ScheduledSession turn : view.turns()) {
                boolean next = view.nextTurn().filter(turn::equals).isPresent();
                html.append("<li>").append(next ? "<strong>Next: " : "").append("Session ").append(turn.number().value())
                        .append(", ").append(Html.escape(WHEN.format(turn.start().atZone(zone)))).append(" (")
                        .append(Html.escape(zone.getId())).append(")").append(next ? "</strong>" : "")
                        .append(turn.number().value() <= view.heldSessions() ? " <span class=\"reason\">(held)</span>" : "")
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<p>You bring a case from your own work when it is your turn; nothing about it is written here.</p>\n");
        html.append("</section>\n");
        html.append(swapForm(view, active, basePath, entered));
        html.append(memberRequests(view));
        return html.toString();
    }

    private static String swapForm(MemberRotation view, ActiveSession active, String basePath, Entered entered) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"swap\">\n<h2 id=\"swap\">Swap with someone</h2>\n");
        boolean waiting = view.requests().stream().anyMatch(SwapRequest::isPending);
        if (waiting) {
            html.append("<p>Your swap request is waiting for the leader; you can ask again once they have answered.</p>\n");
        } else if (view.ownOpenTurns().isEmpty()) {
            html.append("<p>You have no turn still to come, so there is nothing to swap.</p>\n");
        } else if (view.swapOptions().isEmpty()) {
            html.append("<p>No other member has a turn still to come that you could swap with.</p>\n");
        } else {
            List<FieldViolation> errors = entered.errors();
            String mine = view.ownOpenTurns().stream().map(s -> option(String.valueOf(s.session().value()),
                    sessionLabel(view.group(), view.group().schedule().session(s.session()).orElseThrow()),
                    String.valueOf(s.session().value()).equals(entered.value(GroupRotation.TURN))))
                    .collect(Collectors.joining());
            html.append("<p>Ask the leader to swap one of your turns with another member's. Your turn stays as it is until "
                    + "the leader accepts and publishes the rotation.</p>\n<form method=\"post\" action=\"")
                    .append(Html.escape(basePath + REQUEST_ACTION)).append("\">\n").append(hidden(active))
                    .append(CoursePages.field(GroupRotation.TURN, "Your turn", errors, "",
                            "<select " + CoursePages.control(GroupRotation.TURN, errors, "") + ">" + mine + "</select>"))
                    .append(turnSelect(GroupRotation.WITH, "Swap with", view.group(), view.swapOptions(), view::nameOf,
                            errors, entered.value(GroupRotation.WITH), -1))
                    .append("<button type=\"submit\">Ask the leader to swap</button>\n</form>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String memberRequests(MemberRotation view) {
        if (view.requests().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"your-requests\">\n<h2 id=\"your-requests\">"
                + "Your swap requests</h2>\n<ul>\n");
        for (SwapRequest request : view.requests()) {
            html.append("<li data-request-status=\"").append(request.status().name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(Html.escape(request.swap().first().session().toString())).append(" for ")
                    .append(Html.escape(request.swap().second().session().toString())).append(" (")
                    .append(Html.escape(view.nameOf(request.swap().second().presenter()))).append("'s turn): <strong>")
                    .append(switch (request.status()) {
                        case PENDING -> "waiting for the leader";
                        case ACCEPTED -> "accepted; it takes effect when the leader publishes the rotation";
                        case DECLINED -> "declined; your turn stays as it was";
                    }).append("</strong></li>\n");
        }
        return html.append("</ul>\n</section>\n").toString();
    }

    // ---- parts

    private static String turnSelect(String name, String label, BalintGroup group, List<PresentationSlot> turns,
            java.util.function.Function<MemberId, String> names, List<FieldViolation> errors, String entered,
            int preselect) {
        StringBuilder options = new StringBuilder();
        for (int i = 0; i < turns.size(); i++) {
            PresentationSlot turn = turns.get(i);
            String value = GroupRotation.turnValue(turn);
            boolean selected = entered.isEmpty() ? i == preselect : value.equals(entered);
            ScheduledSession session = group.schedule().session(turn.session()).orElseThrow();
            options.append(option(value, sessionLabel(group, session) + " — " + names.apply(turn.presenter()), selected));
        }
        return CoursePages.field(name, label, errors, "", "<select " + CoursePages.control(name, errors, "") + ">"
                + options + "</select>");
    }

    private static String sessionLabel(BalintGroup group, ScheduledSession session) {
        return "Session " + session.number().value() + ", " + WHEN.format(session.start().atZone(group.schedule().zone()));
    }

    private static String form(String action, ActiveSession active, String fields, String button) {
        return "<form method=\"post\" action=\"" + Html.escape(action) + "\">\n" + hidden(active) + fields
                + "<button type=\"submit\">" + Html.escape(button) + "</button>\n</form>\n";
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + Html.escape(value) + "\"" + (selected ? " selected" : "") + ">" + Html.escape(label)
                + "</option>";
    }

    private static String reason(Violation violation) {
        return Html.escape(violation.message()) + " <span class=\"reason\">(<code>" + Html.escape(violation.code())
                + "</code>)</span>";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String hidden(ActiveSession session) {
        return "<input type=\"hidden\" name=\"" + CoursePages.SESSION_FIELD + "\" value=\"" + Html.escape(session.token())
                + "\">\n<input type=\"hidden\" name=\"" + CoursePages.CSRF_FIELD + "\" value=\""
                + Html.escape(session.csrfToken()) + "\">\n";
    }
}
