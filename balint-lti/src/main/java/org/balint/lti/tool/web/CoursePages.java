package org.balint.lti.tool.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.Discipline;
import org.balint.core.group.ScheduledSession;
import org.balint.core.registration.Attestation;
import org.balint.core.registration.Registration;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.course.LaunchView;
import org.balint.lti.tool.course.RegistrationRequest;
import org.balint.lti.tool.course.SetupRequest;
import org.balint.lti.tool.session.ActiveSession;

/**
 * The pages a launch leads to: the leader's set-up form and home, the member's registration form and
 * registration state, the "not set up yet" page and the administrator's overview. Every text from a
 * platform or a person is escaped; every form carries the launch session and its CSRF token as hidden
 * fields (never a cookie), and every reason is shown beside its field, linked to it for screen readers.
 */
final class CoursePages {

    /** The hidden field (or {@code Authorization: Bearer} value) carrying the session token. */
    static final String SESSION_FIELD = "launch_session";
    /** The hidden field carrying the session's CSRF token. */
    static final String CSRF_FIELD = "csrf";

    /** Where the forms post, below the application's base path. */
    static final String SETUP_ACTION = "lti/group/setup";
    static final String FACULTY_ACTION = "lti/group/faculty";
    static final String REGISTER_ACTION = "lti/group/register";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);

    /** Time zones offered in the set-up form: the region ids (Europe/Zurich…) and UTC. */
    static final SortedSet<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .collect(Collectors.toCollection(TreeSet::new));

    static {
        ZONES.add("UTC");
    }

    private CoursePages() {
    }

    /**
     * The page of a view, with its HTTP status; {@code basePath} is the application's base path
     * (ending in {@code /}), below which the forms post.
     */
    static Rendered render(LaunchView view, String basePath) {
        return render(view, basePath, Optional.empty());
    }

    /**
     * {@link #render(LaunchView, String)}, with the navigation of the group pages above a home page (a leader's
     * home, a member's registration, an administrator's overview) and {@code sections} below a leader's home
     * (the credit section and others, each rendered by its own service).
     */
    static Rendered render(LaunchView view, String basePath, LeaderPageSections sections) {
        return render(view, basePath, Optional.of(sections));
    }

    private static Rendered render(LaunchView view, String basePath, Optional<LeaderPageSections> sections) {
        if (view instanceof LaunchView.Refused refused) {
            return new Rendered(refused.status(), Pages.refusal("This page cannot be shown",
                    new Problem(refused.code(), refused.status(), refused.message())));
        }
        Content content = content(view, basePath, sections);
        String navigation = home(view).flatMap(active -> sections.map(s -> s.navigation(active, basePath))).orElse("");
        return new Rendered(200, Html.page(content.title(), navigation + content.body()));
    }

    /** The session of a view that is someone's home in the group pages (where the navigation shows). */
    private static Optional<ActiveSession> home(LaunchView view) {
        if (view instanceof LaunchView.LeaderHome v) {
            return Optional.of(v.session());
        }
        if (view instanceof LaunchView.RegistrationState v) {
            return Optional.of(v.session());
        }
        if (view instanceof LaunchView.AdminOverview v) {
            return Optional.of(v.session());
        }
        return Optional.empty();
    }

    /** A page's title and its content, below the navigation. */
    record Content(String title, String body) {
    }

    /**
     * The title and content of {@code view}'s page; with {@code sections}, the sections below a leader's home.
     * A refusal is its message, with what to do next.
     */
    static Content content(LaunchView view, String basePath, Optional<LeaderPageSections> sections) {
        if (view instanceof LaunchView.SetUpGroup v) {
            return new Content("Balint: set up this group", setUp(v, basePath));
        }
        if (view instanceof LaunchView.LeaderHome v) {
            return new Content("Balint: your group", leaderPage(v, basePath)
                    + sections.map(s -> "\n" + s.render(v, basePath)).orElse(""));
        }
        if (view instanceof LaunchView.FacultyDetailsNeeded v) {
            return new Content("Balint: join the faculty", facultyDetails(v, basePath));
        }
        if (view instanceof LaunchView.NotSetUpYet v) {
            return new Content("Balint: not set up yet", notSetUpYet(v));
        }
        if (view instanceof LaunchView.RegistrationNeeded v) {
            return new Content("Balint: register", registration(v, basePath));
        }
        if (view instanceof LaunchView.RegistrationState v) {
            return new Content("Balint: your registration", registrationState(v)
                    + (v.registration() instanceof org.balint.core.registration.Registration.Accepted
                            ? "\n" + DocumentForms.forMember(v.session(), basePath) : ""));
        }
        if (view instanceof LaunchView.AdminOverview v) {
            return new Content("Balint: this placement", adminOverview(v));
        }
        LaunchView.Refused refused = (LaunchView.Refused) view;
        return new Content("Balint: this page cannot be shown", "<h1>This page cannot be shown</h1>\n<p>"
                + Html.escape(refused.message()) + "</p>");
    }

    /** A leader's home: the group, its documents and the roster sync. */
    private static String leaderPage(LaunchView.LeaderHome v, String basePath) {
        return leaderHome(v) + "\n" + DocumentForms.forLeader(v.session(), basePath)
                + RosterPages.syncSection(v.session(), basePath);
    }

    /** A page and its status. */
    record Rendered(int status, String html) {
    }

    // ---- leader

    private static String setUp(LaunchView.SetUpGroup v, String basePath) {
        List<FieldViolation> errors = v.violations();
        return "<h1>Set up this Balint group</h1>\n"
                + "<p>This activity has no Balint group yet. You lead it: set up the series once, and members who open the "
                + "activity can register. The sessions are weekly, at the same local time.</p>\n"
                + summary(errors)
                + "<form method=\"post\" action=\"" + Html.escape(basePath + SETUP_ACTION) + "\" novalidate>\n" + hidden(v.session())
                + setUpFields(v.form(), errors)
                + "<button type=\"submit\">Set up the group</button>\n</form>";
    }

    /** The fields of the set-up form, with every reason beside its field (shared with the content picker). */
    static String setUpFields(SetupRequest f, List<FieldViolation> errors) {
        StringBuilder zones = new StringBuilder("<option value=\"\"").append(f.zone().isEmpty() ? " selected" : "")
                .append(">Choose the time zone…</option>");
        boolean known = f.zone().isEmpty() || ZONES.contains(f.zone());
        if (!known) {
            zones.append(option(f.zone(), f.zone(), true));
        }
        for (String zone : ZONES) {
            zones.append(option(zone, zone.replace('_', ' '), zone.equals(f.zone())));
        }
        return input(SetupRequest.TITLE, "Group title", "text", f.title(), errors, "Members see this name.", "maxlength=\"200\"")
                + input(SetupRequest.LEADER_NAME, "Your name (leader)", "text", f.leaderName(), errors,
                        "As members and certificates show it.", "autocomplete=\"name\" maxlength=\"200\"")
                + input(SetupRequest.LEADER_EMAIL, "Your e-mail address", "email", f.leaderEmail(), errors, "",
                        "autocomplete=\"email\" maxlength=\"254\"")
                + input(SetupRequest.FIRST_DATE, "Date of the first session", "date", f.firstDate(), errors, "", "")
                + input(SetupRequest.FIRST_TIME, "Start time", "time", f.firstTime(), errors, "In the group's time zone.", "")
                + input(SetupRequest.SESSIONS, "Number of weekly sessions", "number", f.sessions(), errors, "Usually 8.",
                        "min=\"1\" max=\"52\" inputmode=\"numeric\"")
                + input(SetupRequest.MINUTES, "Length of each session (minutes)", "number", f.minutes(), errors, "",
                        "min=\"15\" max=\"240\" inputmode=\"numeric\"")
                + field(SetupRequest.ZONE, "Time zone", errors, "",
                        "<select " + control(SetupRequest.ZONE, errors, "") + ">" + zones + "</select>")
                + input(SetupRequest.VIDEO_LINK, "Video-meeting link (https)", "url", f.videoLink(), errors,
                        "The https link members use to join every session.", "maxlength=\"2000\"");
    }

    private static String leaderHome(LaunchView.LeaderHome v) {
        BalintGroup group = v.group();
        String intro = v.justAdded()
                ? (v.role() == org.balint.core.group.FacultyRole.LEADER
                        ? "<p>The group is set up. Members who open this activity can now register.</p>\n"
                        : "<p>You have been added to the group's faculty as " + Html.escape(v.role().label()) + ".</p>\n")
                : "";
        return "<h1>" + Html.escape(group.title()) + "</h1>\n" + intro
                + "<p>You lead this group as its " + Html.escape(v.role().label()) + ". It has "
                + plural(group.members().size(), "member") + " of at most " + group.rules().maxMembers() + ".</p>\n"
                + schedule(group)
                + "<p>Video meeting: <a href=\"" + Html.escape(group.videoLink().toString()) + "\" rel=\"noopener noreferrer\" "
                + "target=\"_blank\">" + Html.escape(group.videoLink().toString()) + "</a></p>";
    }

    private static String facultyDetails(LaunchView.FacultyDetailsNeeded v, String basePath) {
        List<FieldViolation> errors = v.violations();
        return "<h1>Join the faculty of " + Html.escape(v.group().title()) + "</h1>\n"
                + "<p>Another leader set this group up. Give the name and e-mail address the group should know you by, and "
                + "you join it as co-leader.</p>\n" + summary(errors)
                + "<form method=\"post\" action=\"" + Html.escape(basePath + FACULTY_ACTION) + "\" novalidate>\n" + hidden(v.session())
                + input("name", "Your name", "text", v.name(), errors, "", "autocomplete=\"name\" maxlength=\"200\"")
                + input("email", "Your e-mail address", "email", v.email(), errors, "", "autocomplete=\"email\" maxlength=\"254\"")
                + "<button type=\"submit\">Join as co-leader</button>\n</form>";
    }

    // ---- member

    private static String notSetUpYet(LaunchView.NotSetUpYet v) {
        String what = v.title().map(t -> "<q>" + Html.escape(t) + "</q>").orElse("this Balint group");
        return "<h1>Your leader has not set up this group yet</h1>\n"
                + "<p>The leader of " + what + " has not yet set up its sessions in Balint, so there is nothing to register "
                + "for yet.</p>\n<p>Nothing is wrong on your side. Open this activity again once your leader tells you the "
                + "group is ready; you can then register.</p>";
    }

    private static String registration(LaunchView.RegistrationNeeded v, String basePath) {
        RegistrationRequest f = v.form();
        List<FieldViolation> errors = v.violations();
        StringBuilder disciplines = new StringBuilder("<option value=\"\"").append(f.discipline().isEmpty() ? " selected" : "")
                .append(">Choose your profession…</option>");
        for (Discipline d : Discipline.values()) {
            disciplines.append(option(d.name(), capitalised(d.label()), d.name().equalsIgnoreCase(f.discipline())));
        }
        StringBuilder attestations = new StringBuilder();
        for (Attestation a : Attestation.values()) {
            attestations.append(checkbox(RegistrationRequest.field(a), statement(a), f.attestations().contains(a)));
        }
        return "<h1>Register for " + Html.escape(v.group().title()) + "</h1>\n"
                + firstSession(v.group())
                + "<p>Balint groups are small and closed: the same clinicians meet every session, each presents a case, "
                + "and nothing said leaves the group.</p>\n" + summary(errors)
                + "<form method=\"post\" action=\"" + Html.escape(basePath + REGISTER_ACTION) + "\" novalidate>\n" + hidden(v.session())
                + input(RegistrationRequest.NAME, "Your name", "text", f.name(), errors, "As your certificate should show it.",
                        "autocomplete=\"name\" maxlength=\"200\"")
                + input(RegistrationRequest.EMAIL, "Your e-mail address", "email", f.email(), errors,
                        "The one you use in the video meetings: attendance is matched on it.", "autocomplete=\"email\" maxlength=\"254\"")
                + field(RegistrationRequest.DISCIPLINE, "Profession", errors, "",
                        "<select " + control(RegistrationRequest.DISCIPLINE, errors, "") + ">" + disciplines + "</select>")
                + input(RegistrationRequest.DETAIL, "Specialty or description", "text", f.detail(), errors,
                        "Physicians: your specialty (e.g. family medicine). Other clinicians: your profession (e.g. chaplain).",
                        "maxlength=\"200\"")
                + "<fieldset><legend>What you confirm</legend>\n<p class=\"hint\">All four are needed to take part; a "
                + "registration without them is declined.</p>\n" + attestations + "</fieldset>\n"
                + "<fieldset><legend>Optional</legend>\n"
                + checkbox(RegistrationRequest.STRESSFUL, "I am going through an unusually stressful period (the group's "
                        + "faculty will talk with you before you join).", f.stressful())
                + "</fieldset>\n<button type=\"submit\">Register</button>\n</form>";
    }

    private static String registrationState(LaunchView.RegistrationState v) {
        Registration r = v.registration();
        String title = Html.escape(v.group().title());
        String body;
        if (r instanceof Registration.Accepted) {
            body = "<p><strong>Accepted.</strong> You are a member of " + title + ".</p>\n" + firstSession(v.group())
                    + "<p>Video meeting: <a href=\"" + Html.escape(v.group().videoLink().toString())
                    + "\" rel=\"noopener noreferrer\" target=\"_blank\">" + Html.escape(v.group().videoLink().toString()) + "</a></p>";
        } else if (r instanceof Registration.Waitlisted) {
            body = "<p><strong>Waitlisted.</strong> The group is full" + v.waitlistPosition()
                    .map(p -> "; you are number " + p + " on the waitlist").orElse("") + ". When a place frees before the "
                    + "group closes to new members, you move into it and see it here.</p>";
        } else if (r instanceof Registration.ReferredToFacultyReview) {
            body = "<p><strong>Referred to faculty review.</strong> You mentioned an unusually stressful period, so the "
                    + "group's faculty will look at your registration and get in touch before you join. Open this activity "
                    + "again to see their decision.</p>";
        } else if (r instanceof Registration.DeferralRecommended deferred) {
            body = "<p><strong>A later series is recommended.</strong> The group's faculty suggest you join a later "
                    + "series. Their note:</p>\n<blockquote>" + Html.escape(deferred.noteToRegistrant()) + "</blockquote>";
        } else if (r instanceof Registration.Declined declined) {
            body = "<p><strong>Declined.</strong> Your registration could not be accepted:</p>\n<ul>"
                    + declined.reasons().stream().map(reason -> "<li>" + Html.escape(reason.message())
                            + " <span class=\"reason\">(<code>" + Html.escape(reason.code()) + "</code>)</span></li>")
                            .collect(Collectors.joining())
                    + "</ul>\n<p>If this was a mistake, ask your group's leader or the coordinator to change your registration.</p>";
        } else if (leftWithTheCourse(r)) {
            body = "<p><strong>Withdrawn.</strong> You left the course, and with it this group; the sessions you attended "
                    + "stay on your record. Ask the group's leader if you want to take part after all.</p>";
        } else {
            body = "<p><strong>Withdrawn.</strong> You withdrew from this group. Ask the group's leader if you want to "
                    + "take part after all.</p>";
        }
        return "<h1>" + title + "</h1>\n<p class=\"reason\">Your registration: " + Html.escape(r.status().label()) + "</p>\n"
                + body;
    }

    /** True when the roster sync, not the registrant, ended the registration: they left the course. */
    private static boolean leftWithTheCourse(Registration r) {
        return !r.history().isEmpty() && "left-the-course".equals(r.history().get(r.history().size() - 1).event());
    }

    private static String adminOverview(LaunchView.AdminOverview v) {
        return "<h1>This Balint placement</h1>\n" + v.group()
                .map(g -> "<p>This activity leads to the group <q>" + Html.escape(g.title()) + "</q> with "
                        + plural(g.members().size(), "member") + ", led by " + Html.escape(g.faculty().leader().name())
                        + ".</p>\n" + schedule(g))
                .orElse("<p>No group has been set up for this activity yet. The course's instructor sets it up on their "
                        + "first launch.</p>");
    }

    // ---- parts

    /** The two hidden fields every form of the pages carries: the launch session and its CSRF token. */
    static String hidden(ActiveSession session) {
        return "<input type=\"hidden\" name=\"" + SESSION_FIELD + "\" value=\"" + Html.escape(session.token()) + "\">\n"
                + "<input type=\"hidden\" name=\"" + CSRF_FIELD + "\" value=\"" + Html.escape(session.csrfToken()) + "\">\n";
    }

    /** The list of every reason at the top of the form, announced to screen readers. */
    static String summary(List<FieldViolation> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        return "<div class=\"errors\" role=\"alert\">\n<h2>" + (errors.size() == 1 ? "One thing to correct"
                : errors.size() + " things to correct") + "</h2>\n<ul>"
                + errors.stream().map(e -> "<li>" + e.field().map(f -> "<a href=\"#f-" + Html.escape(f) + "\">")
                        .orElse("") + Html.escape(sentence(e.violation().message())) + e.field().map(f -> "</a>").orElse("")
                        + " <span class=\"reason\">(<code>" + Html.escape(e.violation().code()) + "</code>)</span></li>")
                        .collect(Collectors.joining())
                + "</ul>\n</div>\n";
    }

    private static String input(String name, String label, String type, String value, List<FieldViolation> errors,
            String hint, String attributes) {
        return field(name, label, errors, hint, "<input type=\"" + type + "\" " + control(name, errors, hint)
                + " value=\"" + Html.escape(value) + "\"" + (attributes.isEmpty() ? "" : " " + attributes) + ">");
    }

    static String control(String name, List<FieldViolation> errors, String hint) {
        boolean invalid = errors.stream().anyMatch(e -> e.field().filter(name::equals).isPresent());
        String described = ((hint.isEmpty() ? "" : "h-" + name + " ") + (invalid ? "e-" + name : "")).strip();
        return "id=\"f-" + name + "\" name=\"" + name + "\""
                + (described.isEmpty() ? "" : " aria-describedby=\"" + described + "\"")
                + (invalid ? " aria-invalid=\"true\"" : "");
    }

    static String field(String name, String label, List<FieldViolation> errors, String hint, String control) {
        String reasons = errors.stream().filter(e -> e.field().filter(name::equals).isPresent())
                .map(e -> Html.escape(sentence(e.violation().message())) + " <span class=\"reason\">(<code>"
                        + Html.escape(e.violation().code()) + "</code>)</span>")
                .collect(Collectors.joining("<br>"));
        return "<div class=\"field\"><label for=\"f-" + name + "\">" + Html.escape(label) + "</label>"
                + (hint.isEmpty() ? "" : "<p class=\"hint\" id=\"h-" + name + "\">" + Html.escape(hint) + "</p>")
                + (reasons.isEmpty() ? "" : "<p class=\"error\" id=\"e-" + name + "\">" + reasons + "</p>")
                + control + "</div>\n";
    }

    private static String checkbox(String name, String label, boolean checked) {
        return "<div class=\"check\"><label for=\"f-" + name + "\"><input type=\"checkbox\" id=\"f-" + name + "\" name=\""
                + name + "\" value=\"yes\"" + (checked ? " checked" : "") + "><span>" + Html.escape(label)
                + "</span></label></div>\n";
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + Html.escape(value) + "\"" + (selected ? " selected" : "") + ">" + Html.escape(label)
                + "</option>";
    }

    private static String schedule(BalintGroup group) {
        ZoneId zone = group.schedule().zone();
        return "<h2>Sessions</h2>\n<p class=\"hint\">Times in " + Html.escape(zone.getId().replace('_', ' ')) + ".</p>\n"
                + "<table><thead><tr><th scope=\"col\">Session</th><th scope=\"col\">Starts</th><th scope=\"col\">Minutes</th>"
                + "</tr></thead><tbody>"
                + group.schedule().sessions().stream().map(s -> "<tr><td>" + s.number().value() + "</td><td>"
                        + Html.escape(WHEN.format(s.start().atZone(zone))) + "</td><td>" + s.duration().toMinutes()
                        + "</td></tr>").collect(Collectors.joining())
                + "</tbody></table>";
    }

    static String firstSession(BalintGroup group) {
        ScheduledSession first = group.schedule().first();
        ZoneId zone = group.schedule().zone();
        return "<p>" + plural(group.numberOfSessions(), "weekly session") + ", the first on "
                + Html.escape(WHEN.format(first.start().atZone(zone))) + " (" + Html.escape(zone.getId().replace('_', ' '))
                + "), " + first.duration().toMinutes() + " minutes each.</p>\n";
    }

    private static String statement(Attestation attestation) {
        switch (attestation) {
            case CLINICALLY_ACTIVE:
                return "I currently see patients or clients.";
            case WILLING_TO_PRESENT:
                return "I am willing to present at least one case.";
            case ATTENDS_ALL_SESSIONS:
                return "I intend to attend every session.";
            default:
                return "I will keep what is said in the group confidential.";
        }
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : capitalised(message) + (message.endsWith(".") ? "" : ".");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

}
