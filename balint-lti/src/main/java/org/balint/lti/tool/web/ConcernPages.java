package org.balint.lti.tool.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.core.grievance.GrievanceFiling;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.grievance.CommitteeSeat;
import org.balint.lti.tool.grievance.Committee;
import org.balint.lti.tool.grievance.ProgramGrievances;
import org.balint.lti.tool.grievance.Seated;

/**
 * The grievance pages' content, as pure functions of what the service answered: a member's concern form
 * (who receives it, the core's notice against patient details, bounded text, anonymity toward faculty) with
 * the concerns they raised, and the committee page of a platform's administrators (the seats, and the queue
 * with the next step of each grievance for the chair who handles it).
 */
final class ConcernPages {

    /** Where a member's concern is posted, below the base path. */
    static final String FILE_ACTION = "lti/concern/file";
    /** Where an administrator takes a committee seat, below the base path. */
    static final String SEAT_ACTION = "lti/committee/seat";
    /** Where an administrator steps down from a seat, below the base path. */
    static final String LEAVE_ACTION = "lti/committee/leave";
    /** Where the handling chair acknowledges a grievance, below the base path. */
    static final String ACKNOWLEDGE_ACTION = "lti/committee/acknowledge";
    /** Where the handling chair resolves a grievance, below the base path. */
    static final String RESOLVE_ACTION = "lti/committee/resolve";
    /** The form field naming the seat or the grievance. */
    static final String SEAT = "seat";
    static final String GRIEVANCE = "grievance";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private ConcernPages() {
    }

    /** A member's concern page, with {@code text} and {@code anonymous} as sent and the reasons beside the fields. */
    static String member(ProgramGrievances.MemberConcerns view, String basePath, String hidden, String text,
            boolean anonymous, List<FieldViolation> errors, Optional<String> confirmation) {
        StringBuilder out = new StringBuilder("<h1>Raise a concern</h1>\n");
        confirmation.ifPresent(c -> out.append("<div class=\"notice\" role=\"status\"><p>").append(Html.escape(c))
                .append("</p></div>\n"));
        if (!view.member()) {
            return out.append("<p>Members of <strong>").append(Html.escape(view.groupTitle())).append("</strong> raise"
                    + " concerns about it here. Once your registration is accepted, this page shows the form.</p>")
                    .toString();
        }
        if (view.chair().isEmpty()) {
            out.append("<p>Concerns about the program go to the chair of its grievance committee, and no chair is named"
                    + " for this platform yet, so a concern cannot be received here. Ask your program coordinator or"
                    + " LMS administrator to name one.</p>\n");
        } else {
            Seated chair = view.chair().get();
            out.append("<p>A concern about <strong>").append(Html.escape(view.groupTitle())).append("</strong> goes to ")
                    .append(Html.escape(chair.name())).append(", chair of the grievance committee (")
                    .append("<a href=\"mailto:").append(Html.escape(chair.email())).append("\">")
                    .append(Html.escape(chair.email())).append("</a>). When the chair leads this group, the deputy chair"
                            + " handles it instead. Your group's leaders never handle a concern about their group.</p>\n");
        }
        out.append(CoursePages.summary(errors))
                .append("<form method=\"post\" action=\"").append(Html.escape(basePath + FILE_ACTION))
                .append("\" novalidate>\n").append(hidden)
                .append(CoursePages.field(ProgramGrievances.TEXT, "Your concern", errors, GrievanceFiling.TEXT_NOTICE
                        + " At most " + ProgramGrievances.MAX_TEXT_LENGTH + " characters.",
                        "<textarea " + CoursePages.control(ProgramGrievances.TEXT, errors, "x") + " rows=\"8\" maxlength=\""
                                + ProgramGrievances.MAX_TEXT_LENGTH + "\">" + Html.escape(text) + "</textarea>"))
                .append("<div class=\"check\"><label for=\"f-").append(ProgramGrievances.ANONYMOUS)
                .append("\"><input type=\"checkbox\" id=\"f-").append(ProgramGrievances.ANONYMOUS).append("\" name=\"")
                .append(ProgramGrievances.ANONYMOUS).append("\" value=\"yes\"").append(anonymous ? " checked" : "")
                .append("><span>Keep my name from the group's faculty (the committee chair still sees it)</span></label>"
                        + "</div>\n")
                .append("<button type=\"submit\">Send my concern to the committee</button>\n</form>\n");
        out.append("<h2>Concerns you raised</h2>\n");
        if (view.raised().isEmpty()) {
            out.append("<p>None about this group.</p>");
        } else {
            out.append("<ul>").append(view.raised().stream().map(g -> "<li><strong>" + Html.escape(g.id().value())
                    + "</strong>: " + Html.escape(g.status().label()) + " (received " + when(g.receivedAt())
                    + g.acknowledgedAt().map(a -> ", acknowledged " + when(a)).orElse("")
                    + g.resolvedAt().map(r -> ", resolved " + when(r)).orElse("") + ")"
                    + g.resolution().map(r -> ". Resolution: " + Html.escape(r)).orElse("") + "</li>")
                    .collect(Collectors.joining())).append("</ul>");
        }
        return out.toString();
    }

    /**
     * The committee page of a platform's administrator {@code you}: the two seats (with a form to take each, its
     * reasons beside the fields when {@code seatErrors} is for that seat), and the queue.
     */
    static String committee(Committee committee, List<ProgramGrievances.QueuedGrievance> queue,
            org.balint.core.group.MemberId you, String basePath, String hidden, Optional<CommitteeSeat> failedSeat,
            String name, String email, List<FieldViolation> errors, Optional<String> confirmation) {
        StringBuilder out = new StringBuilder("<h1>Grievance committee</h1>\n");
        confirmation.ifPresent(c -> out.append("<div class=\"notice\" role=\"status\"><p>").append(Html.escape(c))
                .append("</p></div>\n"));
        out.append("<p>Members' concerns about a group of this platform go to the committee chair, or to the deputy"
                + " chair when the chair filed the concern or leads the group. Take a seat yourself: only whoever holds"
                + " it sees who raised a concern and acts on it. Grievances already received stay with whoever"
                + " received them.</p>\n");
        if (failedSeat.isEmpty()) {
            // the reasons of the page's other forms: general ones, and those beside a resolution note
            out.append(CoursePages.summary(errors.stream().filter(e -> e.field().isEmpty()
                    || e.field().get().startsWith("note-")).toList()));
        }
        for (CommitteeSeat seat : CommitteeSeat.values()) {
            out.append(seat(seat, committee.holder(seat), you, basePath, hidden,
                    failedSeat.filter(seat::equals).isPresent(), name, email, errors));
        }
        out.append("<h2>Queue</h2>\n");
        if (queue.isEmpty()) {
            out.append("<p>No grievances on this platform.</p>");
            return out.toString();
        }
        for (ProgramGrievances.QueuedGrievance g : queue) {
            out.append("<section class=\"grievance\" aria-labelledby=\"g-").append(Html.escape(g.id().value()))
                    .append("\"><h3 id=\"g-").append(Html.escape(g.id().value())).append("\">")
                    .append(Html.escape(g.id().value())).append(": ").append(Html.escape(g.status().label()))
                    .append("</h3>\n<p>About <strong>").append(Html.escape(g.groupTitle())).append("</strong>, received ")
                    .append(when(g.receivedAt())).append(", from ")
                    .append(g.complainant().map(Html::escape).orElse("a member who asked for anonymity toward faculty"))
                    .append(g.anonymous() && g.yours() ? " (anonymous toward faculty)" : "")
                    .append(". Handled by ").append(Html.escape(g.handlerName())).append(g.yours() ? " (you)" : "")
                    .append(".</p>\n<blockquote>").append(Html.escape(g.text())).append("</blockquote>\n");
            g.resolution().ifPresent(r -> out.append("<p>Resolution: ").append(Html.escape(r)).append("</p>\n"));
            if (g.yours()) {
                out.append(step(g, basePath, hidden, errors));
            }
            out.append("</section>\n");
        }
        return out.toString();
    }

    private static String seat(CommitteeSeat seat, Optional<Seated> holder, org.balint.core.group.MemberId you,
            String basePath, String hidden, boolean failed, String name, String email, List<FieldViolation> errors) {
        String title = seat.title().substring(0, 1).toUpperCase(Locale.ROOT) + seat.title().substring(1);
        StringBuilder out = new StringBuilder("<h2>").append(title).append("</h2>\n<p>")
                .append(holder.map(h -> Html.escape(h.name()) + " (" + Html.escape(h.email()) + ")"
                        + (h.member().equals(you) ? ", you" : "")).orElse("Nobody yet."))
                .append("</p>\n");
        boolean yours = holder.filter(h -> h.member().equals(you)).isPresent();
        String prefix = seat.name().toLowerCase(Locale.ROOT) + "-";
        List<FieldViolation> mine = failed ? errors.stream().map(e -> e.field()
                .map(f -> FieldViolation.at(prefix + f, e.violation())).orElse(e)).toList() : List.of();
        out.append("<form method=\"post\" action=\"").append(Html.escape(basePath + SEAT_ACTION)).append("\" novalidate>\n")
                .append(hidden).append("<input type=\"hidden\" name=\"").append(SEAT).append("\" value=\"")
                .append(seat.name()).append("\">\n").append(CoursePages.summary(mine))
                .append(CoursePages.field(prefix + ProgramGrievances.NAME, "Your name as members see it", mine, "",
                        "<input type=\"text\" " + CoursePages.control(prefix + ProgramGrievances.NAME, mine, "")
                                + " autocomplete=\"name\" maxlength=\"" + ProgramGrievances.MAX_NAME_LENGTH + "\" value=\""
                                + Html.escape(failed ? name : holder.filter(h -> yours).map(Seated::name).orElse(""))
                                + "\">"))
                .append(CoursePages.field(prefix + ProgramGrievances.EMAIL, "E-mail address members can write to", mine, "",
                        "<input type=\"email\" " + CoursePages.control(prefix + ProgramGrievances.EMAIL, mine, "")
                                + " autocomplete=\"email\" maxlength=\"254\" value=\""
                                + Html.escape(failed ? email : holder.filter(h -> yours).map(Seated::email).orElse(""))
                                + "\">"))
                .append("<button type=\"submit\">").append(yours ? "Update my details as " : "Take the seat of ")
                .append(seat.title()).append("</button>\n</form>\n");
        if (yours) {
            out.append("<form method=\"post\" action=\"").append(Html.escape(basePath + LEAVE_ACTION)).append("\">\n")
                    .append(hidden).append("<input type=\"hidden\" name=\"").append(SEAT).append("\" value=\"")
                    .append(seat.name()).append("\">\n<button type=\"submit\" class=\"secondary\">Step down as ")
                    .append(seat.title()).append("</button>\n</form>\n");
        }
        return out.toString();
    }

    private static String step(ProgramGrievances.QueuedGrievance g, String basePath, String hidden,
            List<FieldViolation> errors) {
        String id = Html.escape(g.id().value());
        switch (g.status()) {
            case RECEIVED:
                return "<form method=\"post\" action=\"" + Html.escape(basePath + ACKNOWLEDGE_ACTION) + "\">\n" + hidden
                        + "<input type=\"hidden\" name=\"" + GRIEVANCE + "\" value=\"" + id + "\">\n"
                        + "<button type=\"submit\">Acknowledge " + id + "</button>\n</form>\n";
            case ACKNOWLEDGED: {
                String field = "note-" + g.id().value();
                List<FieldViolation> mine = errors.stream().filter(e -> e.field().filter(field::equals).isPresent())
                        .toList();
                return "<form method=\"post\" action=\"" + Html.escape(basePath + RESOLVE_ACTION) + "\" novalidate>\n"
                        + hidden + "<input type=\"hidden\" name=\"" + GRIEVANCE + "\" value=\"" + id + "\">\n"
                        + CoursePages.field(Html.escape(field), "Resolution note for " + g.id().value(), mine,
                                "How the grievance was resolved, for the complainant; no patient details. At most "
                                        + ProgramGrievances.MAX_NOTE_LENGTH + " characters.",
                                "<textarea " + CoursePages.control(Html.escape(field), mine, "x") + " rows=\"4\" maxlength=\""
                                        + ProgramGrievances.MAX_NOTE_LENGTH + "\"></textarea>")
                        + "<button type=\"submit\">Resolve " + id + "</button>\n</form>\n";
            }
            default:
                return "";
        }
    }

    private static String when(Instant instant) {
        return Html.escape(WHEN.format(instant));
    }
}
