package org.balint.lti.tool.course;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.FacultyRole;
import org.balint.core.group.GroupDraft;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.MemberId;
import org.balint.core.validation.InvalidInputException;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSessions;
import org.balint.persistence.tenant.Tenant;

/**
 * A leader sets up the Balint group of a placement, or joins the faculty of the group another leader
 * set up.
 *
 * <p><b>Order of writes.</b> The group is validated by the core first; nothing is written for a form
 * with mistakes. Then the placement is bound to a new group id in the tool's table (an idempotent
 * insert: of two leaders submitting at once, the first binding wins and both go on with its id), and
 * then the group is created under the bound id in one transaction of Balint's records, or, when the
 * other leader's group is already stored, this leader is added to its faculty. The two stores may be
 * different databases, so they are not one transaction; the order makes that safe: a binding whose
 * group was never stored (a crash between the two writes) is treated as no group at all, and the
 * next set-up stores the group under the id already bound. A group is never stored without its
 * binding, and a placement never leads to two groups.
 */
public final class GroupSetup {

    /** The longest series the form offers: a year of weekly sessions. */
    static final int MAX_SESSIONS = 52;
    static final int MIN_MINUTES = 15;
    /** The longest title the form takes. */
    static final int MAX_TITLE = 200;
    /** The longest video-meeting link the form takes. */
    static final int MAX_LINK = 2000;
    static final int MAX_MINUTES = 240;

    private final Placements placements;
    private final LaunchSessions sessions;
    private final Clock clock;

    /** Set-up over the tool's link tables, Balint's records and the launch sessions. */
    public GroupSetup(CourseBindings bindings, UserLinks users, BalintRecords records, LaunchSessions sessions, Clock clock) {
        this(new Placements(bindings, users, records), sessions, clock);
    }

    GroupSetup(Placements placements, LaunchSessions sessions, Clock clock) {
        this.placements = Objects.requireNonNull(placements, "placements");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Sets up the placement's group from the form: the form again with every reason when anything is
     * wrong, otherwise the leader's home in the new group (or in the group another leader set up a
     * moment earlier, which this leader joins as co-leader).
     */
    public LaunchView setUp(ActiveSession active, SetupRequest form) {
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(form, "form");
        if (!active.session().isLeader()) {
            return leadersOnly();
        }
        Optional<MemberId> member = placements.member(active.session());
        if (member.isEmpty()) {
            return Placements.sessionGone();
        }
        GroupId proposed = new GroupId("g-" + UUID.randomUUID());
        Checked checked = check(member.get(), form, proposed);
        if (!checked.violations().isEmpty()) {
            return new LaunchView.SetUpGroup(active, form, checked.violations());
        }
        Parsed parsed = checked.parsed();
        Optional<FacultyMember> leader = checked.leader();
        CourseBinding binding = placements.bindings.bindIfAbsent(active.session().course(), proposed);
        Tenant tenant = Tenancy.of(active.session().course().deployment());
        FacultyMember person = leader.orElseThrow();
        Joined joined;
        try {
            joined = Retry.onConcurrentChange(() -> placements.records.inTransaction(tenant, records -> {
                Optional<BalintGroup> stored = records.groups().find(binding.group());
                if (stored.isPresent()) {
                    return join(records, stored.get(), person);
                }
                BalintGroup group = parsed.draft(binding.group(), leader).validate().orElseThrow();
                records.groups().add(group);
                return Joined.added(group, FacultyRole.LEADER);
            }));
        } catch (InvalidInputException tooLong) {
            List<FieldViolation> refused = tooLong.violations().stream().map(FieldViolation::general).toList();
            return new LaunchView.SetUpGroup(active, form, refused);
        }
        return joined.view(sessions.bind(active, binding.group()), form.leaderName(), form.leaderEmail());
    }

    /**
     * Creates a group from the set-up form that no placement leads to yet (the content picker of deep
     * linking: the LMS places the link afterwards, and its first launch binds it). The form is checked
     * exactly as {@link #setUp} checks it, every reason beside its field, and nothing is written when
     * anything is wrong. Otherwise {@code reserve} runs with the new group's id before the group is
     * stored, in one transaction of {@code tenant}'s records, with {@code leader} as its leader.
     */
    public GroupCreation create(Tenant tenant, MemberId leader, SetupRequest form, Consumer<GroupId> reserve) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(reserve, "reserve");
        GroupId id = new GroupId("g-" + UUID.randomUUID());
        Checked checked = check(leader, form, id);
        if (!checked.violations().isEmpty()) {
            return new GroupCreation.Invalid(checked.violations());
        }
        BalintGroup group = checked.parsed().draft(id, checked.leader()).validate().orElseThrow();
        reserve.accept(id);
        try {
            Retry.onConcurrentChange(() -> placements.records.inTransaction(tenant, records -> {
                records.groups().add(group);
                return group;
            }));
        } catch (InvalidInputException tooLong) {
            return new GroupCreation.Invalid(tooLong.violations().stream().map(FieldViolation::general).toList());
        }
        return new GroupCreation.Created(group);
    }

    /** The form checked for a group with id {@code proposed} led by {@code member}: every reason, placed. */
    private Checked check(MemberId member, SetupRequest form, GroupId proposed) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<FacultyMember> leader = facultyMember(member, form.leaderName(), form.leaderEmail(),
                SetupRequest.LEADER_NAME, SetupRequest.LEADER_EMAIL, violations);
        Parsed parsed = parse(form, violations);
        Validated<BalintGroup> checked = parsed.draft(proposed, leader).validate();
        for (Violation violation : checked.violations()) {
            boolean alreadySaid = violation.code().equals("schedule-missing") && parsed.scheduleReported()
                    || violation.code().equals("leader-missing") && leader.isEmpty();
            if (!alreadySaid) {
                violations.add(placed(violation));
            }
        }
        return new Checked(parsed, leader, violations);
    }

    private record Checked(Parsed parsed, Optional<FacultyMember> leader, List<FieldViolation> violations) {
    }

    /**
     * Adds the leader to the faculty of the placement's group with the name and e-mail address they
     * typed (asked for when the platform did not send them).
     */
    public LaunchView joinFaculty(ActiveSession active, String name, String email) {
        Objects.requireNonNull(active, "active");
        if (!active.session().isLeader()) {
            return leadersOnly();
        }
        Optional<MemberId> member = placements.member(active.session());
        if (member.isEmpty()) {
            return Placements.sessionGone();
        }
        Optional<CourseBinding> binding = placements.bindings.find(active.session().course());
        Tenant tenant = Tenancy.of(active.session().course().deployment());
        Optional<BalintGroup> group = binding.flatMap(b -> placements.group(tenant, b.group()));
        if (group.isEmpty()) {
            return new LaunchView.SetUpGroup(active, new SetupRequest("", name, email, "", "",
                    Integer.toString(GroupDraft.DEFAULT_NUMBER_OF_SESSIONS),
                    Integer.toString(SetupRequest.DEFAULT_MINUTES), "", ""), List.of());
        }
        List<FieldViolation> violations = new ArrayList<>();
        Optional<FacultyMember> person = facultyMember(member.get(), name, email, "name", "email", violations);
        if (person.isEmpty()) {
            return new LaunchView.FacultyDetailsNeeded(active, group.get(), name, email, violations);
        }
        Joined joined = Retry.onConcurrentChange(() -> placements.records.inTransaction(tenant,
                records -> join(records, records.groups().find(group.get().id()).orElseThrow(), person.get())));
        return joined.view(sessions.bind(active, group.get().id()), name, email);
    }

    /**
     * Adds a leader who launched with a usable name and e-mail to the group's faculty, if they are not
     * on it yet.
     */
    LaunchView joinOnLaunch(ActiveSession active, BalintGroup group, MemberId member, LmsUser user) {
        Optional<FacultyRole> role = group.faculty().roleOf(member);
        if (role.isPresent()) {
            return new LaunchView.LeaderHome(active, group, role.get(), false);
        }
        String name = user.name().orElse("");
        String email = user.email().orElse("");
        List<FieldViolation> violations = new ArrayList<>();
        Optional<FacultyMember> person = facultyMember(member, name, email, "name", "email", violations);
        if (person.isEmpty()) {
            return new LaunchView.FacultyDetailsNeeded(active, group, name, email, List.of());
        }
        Tenant tenant = Tenancy.of(active.session().course().deployment());
        Joined joined = Retry.onConcurrentChange(() -> placements.records.inTransaction(tenant,
                records -> join(records, records.groups().find(group.id()).orElseThrow(), person.get())));
        return joined.view(active, name, email);
    }

    private static Joined join(TenantRecords records, BalintGroup group, FacultyMember person) {
        Optional<FacultyRole> role = group.faculty().roleOf(person.id());
        if (role.isPresent()) {
            return Joined.already(group, role.get());
        }
        Validated<BalintGroup> widened = group.toDraft().coLeader(person).validate();
        if (!widened.isValid()) {
            return Joined.refused(group, widened.violations());
        }
        records.groups().save(widened.orElseThrow());
        return Joined.added(widened.orElseThrow(), FacultyRole.CO_LEADER);
    }

    private Parsed parse(SetupRequest form, List<FieldViolation> violations) {
        if (form.title().length() > MAX_TITLE) {
            violations.add(FieldViolation.at(SetupRequest.TITLE, "title-too-long", "the title has " + form.title().length()
                    + " characters: shorten it to at most " + MAX_TITLE));
        }
        if (form.videoLink().length() > MAX_LINK) {
            violations.add(FieldViolation.at(SetupRequest.VIDEO_LINK, "video-link-too-long", "the video-meeting link has "
                    + form.videoLink().length() + " characters: use the meeting's short https link (at most " + MAX_LINK + ")"));
        }
        Optional<Integer> count = number(form.sessions(), 0, MAX_SESSIONS).or(() -> {
            violations.add(FieldViolation.at(SetupRequest.SESSIONS, "number-of-sessions-invalid",
                    "\"" + form.sessions() + "\" is not a number of sessions: give a whole number from 1 to " + MAX_SESSIONS
                            + " (usually 8)"));
            return Optional.empty();
        });
        Optional<Integer> minutes = number(form.minutes(), MIN_MINUTES, MAX_MINUTES).or(() -> {
            violations.add(FieldViolation.at(SetupRequest.MINUTES, "session-length-invalid",
                    "\"" + form.minutes() + "\" is not a session length: give the minutes each session lasts, from "
                            + MIN_MINUTES + " to " + MAX_MINUTES + " (usually 90)"));
            return Optional.empty();
        });
        Optional<LocalDate> date = Optional.empty();
        try {
            date = Optional.of(LocalDate.parse(form.firstDate()));
        } catch (DateTimeException e) {
            violations.add(FieldViolation.at(SetupRequest.FIRST_DATE, form.firstDate().isEmpty() ? "first-session-date-missing"
                    : "first-session-date-invalid", "give the date of the first session as year-month-day, e.g. 2027-01-14"));
        }
        Optional<LocalTime> time = parseTime(form.firstTime());
        if (time.isEmpty()) {
            violations.add(FieldViolation.at(SetupRequest.FIRST_TIME, form.firstTime().isEmpty() ? "first-session-time-missing"
                    : "first-session-time-invalid", "give the time the first session starts as hours:minutes, e.g. 19:00"));
        }
        Optional<ZoneId> zone = SetupRequest.parseZone(form.zone());
        if (zone.isEmpty()) {
            violations.add(FieldViolation.at(SetupRequest.ZONE, form.zone().isEmpty() ? "time-zone-missing" : "time-zone-unknown",
                    "choose the time zone the group meets in: session times are shown to members in it"));
        }
        Optional<LocalDateTime> start = date.isPresent() && time.isPresent()
                ? Optional.of(date.get().atTime(time.get())) : Optional.empty();
        if (start.isPresent() && zone.isPresent() && !start.get().atZone(zone.get()).toInstant().isAfter(clock.instant())) {
            violations.add(FieldViolation.at(SetupRequest.FIRST_DATE, "first-session-in-the-past",
                    "the first session would start " + start.get() + " (" + zone.get() + "), which has passed: choose a later date"));
            start = Optional.empty();
        }
        boolean reported = start.isEmpty() || zone.isEmpty() || count.filter(n -> n >= 1).isEmpty() || minutes.isEmpty();
        return new Parsed(form, count, minutes, start, zone, reported);
    }

    private static Optional<LocalTime> parseTime(String text) {
        try {
            return Optional.of(LocalTime.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> number(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            return value >= min && value <= max ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A faculty member from typed name and e-mail, or the reasons they are not usable. */
    static Optional<FacultyMember> facultyMember(MemberId id, String name, String email, String nameField,
            String emailField, List<FieldViolation> violations) {
        int before = violations.size();
        if (name.isBlank()) {
            violations.add(FieldViolation.at(nameField, "leader-name-missing",
                    "give your name as members and certificates should show it"));
        } else if (name.length() > LmsUser.MAX_NAME) {
            violations.add(FieldViolation.at(nameField, "leader-name-too-long",
                    "the name has " + name.length() + " characters: shorten it to at most " + LmsUser.MAX_NAME));
        }
        if (!ContactDetails.looksLikeEmail(email) || email.length() > LmsUser.MAX_EMAIL) {
            violations.add(FieldViolation.at(emailField, email.isEmpty() ? "leader-email-missing" : "leader-email-invalid",
                    "give the e-mail address members and the coordinator can reach you at, e.g. name@example.org"));
        }
        return violations.size() == before
                ? Optional.of(new FacultyMember(id, name, ContactDetails.email(email)))
                : Optional.empty();
    }

    /** Core violations beside the field they concern. */
    static FieldViolation placed(Violation violation) {
        String code = violation.code();
        if (code.startsWith("title")) {
            return FieldViolation.at(SetupRequest.TITLE, violation);
        }
        if (code.startsWith("video-link")) {
            return FieldViolation.at(SetupRequest.VIDEO_LINK, violation);
        }
        if (code.equals("number-of-sessions-invalid") || code.equals("schedule-length-mismatch")
                || code.equals("closing-session-beyond-series") || code.equals("quorum-above-minimum")) {
            return FieldViolation.at(SetupRequest.SESSIONS, violation);
        }
        if (code.startsWith("schedule") || code.startsWith("session")) {
            return FieldViolation.at(SetupRequest.FIRST_DATE, violation);
        }
        if (code.startsWith("leader") || code.startsWith("faculty")) {
            return FieldViolation.at(SetupRequest.LEADER_NAME, violation);
        }
        return FieldViolation.general(violation);
    }

    private static LaunchView.Refused leadersOnly() {
        return new LaunchView.Refused("leaders-only", 403, "Only the course's instructors and teaching assistants set up and "
                + "lead the Balint group. If you lead this group, ask the LMS administrator to give you the teacher role in the "
                + "course, then open the activity again.");
    }

    /** The form's values that parsed, and how to turn them into a draft for a group id. */
    private record Parsed(SetupRequest form, Optional<Integer> count, Optional<Integer> minutes,
            Optional<LocalDateTime> start, Optional<ZoneId> zone, boolean scheduleReported) {

        GroupDraft draft(GroupId id, Optional<FacultyMember> leader) {
            GroupDraft draft = BalintGroup.draft(id).title(form.title()).videoLink(form.videoLink());
            if (count.isPresent()) {
                draft = draft.numberOfSessions(count.get());
            }
            if (count.isPresent() && count.get() >= 1 && minutes.isPresent() && start.isPresent() && zone.isPresent()) {
                Duration length = Duration.ofMinutes(minutes.get());
                draft = draft.schedule(zone.get(), GroupSchedule.weeklySessions(zone.get(), start.get(), count.get(), length, length));
            }
            return leader.isPresent() ? draft.leader(leader.get()) : draft;
        }
    }

    /** The outcome of storing a group or joining its faculty, before it becomes a page. */
    private record Joined(BalintGroup group, Optional<FacultyRole> role, boolean added, List<Violation> refusals) {

        static Joined added(BalintGroup group, FacultyRole role) {
            return new Joined(group, Optional.of(role), true, List.of());
        }

        static Joined already(BalintGroup group, FacultyRole role) {
            return new Joined(group, Optional.of(role), false, List.of());
        }

        static Joined refused(BalintGroup group, List<Violation> refusals) {
            return new Joined(group, Optional.empty(), false, refusals);
        }

        LaunchView view(ActiveSession session, String name, String email) {
            if (role.isPresent()) {
                return new LaunchView.LeaderHome(session, group, role.get(), added);
            }
            return new LaunchView.FacultyDetailsNeeded(session, group, name, email,
                    refusals.stream().map(FieldViolation::general).toList());
        }
    }
}
