package org.balint.lti.tool.roster;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balint.core.audit.Actor;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.registration.GroupRegistrations;
import org.balint.core.registration.Registration;
import org.balint.core.registration.RegistrationDesk;
import org.balint.core.registration.RegistrationResult;
import org.balint.core.registration.RegistrationStatus;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.lti.protocol.message.LtiRoles;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.platform.PlatformRegistry;
import org.balint.lti.protocol.services.roster.Member;
import org.balint.lti.protocol.services.roster.MemberStatus;
import org.balint.lti.protocol.services.roster.Roster;
import org.balint.lti.protocol.services.roster.RosterClient;
import org.balint.lti.protocol.services.roster.RosterContext;
import org.balint.lti.protocol.services.roster.RosterFetchFailed;
import org.balint.lti.protocol.services.roster.RosterProblem;
import org.balint.lti.protocol.services.token.TokenRequestFailed;
import org.balint.lti.tool.course.BalintRecords;
import org.balint.lti.tool.course.ConcurrentChange;
import org.balint.lti.tool.course.CourseBinding;
import org.balint.lti.tool.course.CourseBindings;
import org.balint.lti.tool.course.LmsUser;
import org.balint.lti.tool.course.PlacementEndpoints;
import org.balint.lti.tool.course.Tenancy;
import org.balint.lti.tool.course.TenantRecords;
import org.balint.lti.tool.course.UserLink;
import org.balint.lti.tool.course.UserLinks;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.persistence.tenant.Tenant;

/**
 * Keeps a placement's Balint group in step with its course roster (NRPS).
 *
 * <p><b>Order.</b> The whole roster is read first (every page, or the differences since the last
 * sync) and checked: a malformed, wrongly typed, oversized, empty or foreign roster refuses the sync
 * with its reason code, logged, and nothing is written. Then the people the group needs to know get
 * their user link (new people only, with the name and e-mail address exactly as the roster sends
 * them), and then every change to Balint's records is made in <em>one</em> transaction: either all of
 * them or none.
 *
 * <p><b>What changes.</b> Course instructors and teaching assistants who are not on the group's
 * faculty join it as co-leaders, as on their own launch (when the roster names them with a usable
 * e-mail address; otherwise they are asked on their next launch). Learners are never put into the
 * group by the roster: a clinician joins only through registration and its screening, so learners who
 * have not registered are listed to the leader as "in the course, not registered". Registered people
 * who left the course (status Inactive or Deleted, or missing from a full roster) are recorded as
 * having left with it ({@code left-the-course}): out of the group, the waitlist or faculty review; the
 * sessions they attended and their history stay. Nothing is ever deleted, and faculty are never
 * removed by a roster.
 */
public final class RosterSync {

    /** The actor recorded in the history of registrations the sync changes. */
    static final Actor ROSTER = Actor.process("course roster sync");
    /** At most one automatic sync per placement this often, across nodes. */
    public static final Duration AUTOMATIC_INTERVAL = Duration.ofMinutes(15);
    /** Attempts of the Balint transaction when it keeps losing races. */
    static final int ATTEMPTS = 3;
    /** Longest platform user id accepted (column size). */
    static final int MAX_USER_ID = 255;
    /** Shown for a learner whose name the course does not share. */
    static final String NAME_NOT_SHARED = "a learner whose name the course does not share";

    private static final System.Logger LOG = System.getLogger(RosterSync.class.getName());

    private final RosterClient client;
    private final PlatformRegistry platforms;
    private final PlacementEndpoints endpoints;
    private final CourseBindings bindings;
    private final UserLinks users;
    private final BalintRecords records;
    private final RosterSyncStates states;
    private final Clock clock;

    /** The sync over the tool's tables, Balint's records and the platform's membership service. */
    public RosterSync(RosterClient client, PlatformRegistry platforms, PlacementEndpoints endpoints, CourseBindings bindings,
            UserLinks users, BalintRecords records, RosterSyncStates states, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.platforms = Objects.requireNonNull(platforms, "platforms");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.bindings = Objects.requireNonNull(bindings, "bindings");
        this.users = Objects.requireNonNull(users, "users");
        this.records = Objects.requireNonNull(records, "records");
        this.states = Objects.requireNonNull(states, "states");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A leader's "sync now": reads the whole roster (so the leader sees everyone in the course) and
     * applies it, whenever the last sync was.
     */
    public SyncReport syncNow(CourseKey key) {
        Objects.requireNonNull(key, "key");
        states.claim(key, clock.instant(), Duration.ZERO);
        return run(key, false);
    }

    /**
     * The sync after a leader's launch: only when no sync of this placement started in the last
     * {@link #AUTOMATIC_INTERVAL} on any node, and from the differences link when the platform offered
     * one on the previous sync. Empty when it was not due, or when the placement has no group yet or
     * its course offers no roster service (nothing is recorded then).
     */
    public Optional<SyncReport> syncIfDue(CourseKey key) {
        Objects.requireNonNull(key, "key");
        boolean syncable = bindings.find(key).isPresent()
                && endpoints.find(key).flatMap(PlacementEndpoints.Endpoints::roster).isPresent();
        if (!syncable || !states.claim(key, clock.instant(), AUTOMATIC_INTERVAL)) {
            return Optional.empty();
        }
        return Optional.of(run(key, true));
    }

    /** Where the placement's sync stands. */
    public Optional<RosterSyncStates.SyncState> state(CourseKey key) {
        return states.find(key);
    }

    private SyncReport run(CourseKey key, boolean differencesWanted) {
        SyncReport report;
        Optional<URI> nextDifferences = Optional.empty();
        try {
            Read read = read(key, differencesWanted);
            nextDifferences = read.roster().differences();
            report = apply(key, read);
        } catch (Refusal refusal) {
            report = refusal.failed;
        }
        Instant now = clock.instant();
        if (report instanceof SyncReport.Synced synced) {
            states.recordSynced(key, now, nextDifferences, synced.counts(), summary(synced));
        } else {
            SyncReport.Failed failed = (SyncReport.Failed) report;
            LOG.log(System.Logger.Level.WARNING, () -> "Roster sync of resource link " + key.resourceLinkId() + " refused: "
                    + failed.code());
            states.recordFailed(key, now, failed.code(), failed.message(), false);
        }
        return report;
    }

    // ---- reading and checking

    private record Read(GroupId group, Roster roster, SyncReport.Reading reading) {
    }

    private Read read(CourseKey key, boolean differencesWanted) {
        CourseBinding binding = bindings.find(key).orElseThrow(() -> refused("roster-group-missing", false,
                "This activity has no Balint group yet, so there is nothing to sync. Set the group up first."));
        URI memberships = endpoints.find(key).flatMap(PlacementEndpoints.Endpoints::roster)
                .map(service -> service.contextMembershipsUrl())
                .orElseThrow(() -> refused("roster-service-not-offered", false, "The course does not offer its roster to "
                        + "Balint (Names and Role Provisioning). Ask the LMS administrator to enable it for the tool, then "
                        + "open the activity again."));
        PlatformRegistration platform = platforms.find(key.deployment().issuer(), key.deployment().clientId())
                .orElseThrow(() -> refused("platform-not-registered", false, "The platform this activity was launched from "
                        + "is no longer registered with Balint. Ask the Balint administrator to register it again."));
        Optional<URI> differences = differencesWanted
                ? states.find(key).filter(RosterSyncStates.SyncState::succeeded).flatMap(RosterSyncStates.SyncState::differences)
                : Optional.empty();
        Read read;
        if (differences.isPresent()) {
            Optional<Roster> changes = fetch(key, () -> client.differences(platform, differences.get()), true);
            read = changes.map(roster -> new Read(binding.group(), roster, SyncReport.Reading.DIFFERENCES))
                    .orElseGet(() -> new Read(binding.group(), fetch(key, () -> client.members(platform, memberships), false)
                            .orElseThrow(), SyncReport.Reading.FULL));
        } else {
            read = new Read(binding.group(), fetch(key, () -> client.members(platform, memberships), false).orElseThrow(),
                    SyncReport.Reading.FULL);
        }
        check(key, read);
        return read;
    }

    /**
     * The roster {@code reading} returns; empty only when a differences link is refused by the platform
     * (it may have expired) and {@code fallBack}, so the caller reads everything instead.
     */
    private static Optional<Roster> fetch(CourseKey key, java.util.function.Supplier<Roster> reading, boolean fallBack) {
        try {
            return Optional.of(reading.get());
        } catch (RosterFetchFailed failed) {
            LOG.log(System.Logger.Level.WARNING, () -> "Roster of resource link " + key.resourceLinkId() + " not read: "
                    + failed.code() + " (" + failed.detail() + ")");
            if (fallBack && failed.problem() == RosterProblem.REFUSED) {
                return Optional.empty();
            }
            throw new Refusal(new SyncReport.Failed(failed.code(), failed.problem().advice(), failed.problem().isTransient()));
        } catch (TokenRequestFailed failed) {
            LOG.log(System.Logger.Level.WARNING, () -> "Roster of resource link " + key.resourceLinkId() + " not read: "
                    + failed.code() + " (" + failed.getMessage() + ")");
            throw new Refusal(new SyncReport.Failed(failed.code(), failed.problem().advice() + " Nothing was changed.",
                    failed.problem().isTransient()));
        }
    }

    private static void check(CourseKey key, Read read) {
        Optional<String> context = read.roster().context().map(RosterContext::id);
        if (context.isPresent() && key.contextId().isPresent() && !context.get().equals(key.contextId().get())) {
            throw refused("roster-context-mismatch", false, "The platform answered with the roster of another course; "
                    + "nothing was changed. Report it to the LMS administrator.");
        }
        for (Member member : read.roster().members()) {
            if (member.userId().length() > MAX_USER_ID) {
                throw refused("roster-member-invalid", false, "The platform's roster names a member with a user id of "
                        + member.userId().length() + " characters (at most " + MAX_USER_ID + "); nothing was changed. Report "
                        + "it to the LMS administrator.");
            }
        }
        if (read.reading() == SyncReport.Reading.FULL
                && read.roster().members().stream().noneMatch(m -> m.status() == MemberStatus.ACTIVE)) {
            throw refused("roster-empty", false, "The platform's roster of this course lists nobody active, not even its "
                    + "instructors; Balint does not treat that as everyone leaving, so nothing was changed. Check the course's "
                    + "enrolments, then sync again.");
        }
    }

    // ---- applying

    /** A person of the roster with a Balint part. */
    private record Person(Member member, BalintRole role, Optional<UserLink> link) {

        boolean active() {
            return member.status() == MemberStatus.ACTIVE;
        }

        String shownName() {
            return link.flatMap(l -> l.user().name()).orElse(NAME_NOT_SHARED);
        }
    }

    private SyncReport apply(CourseKey key, Read read) {
        List<Person> people = new ArrayList<>();
        for (Member member : read.roster().members()) {
            Set<BalintRole> roles = BalintRole.of(LtiRoles.parse(member.roles()));
            Optional<BalintRole> role = roles.contains(BalintRole.LEADER) ? Optional.of(BalintRole.LEADER)
                    : roles.contains(BalintRole.MEMBER) ? Optional.of(BalintRole.MEMBER) : Optional.empty();
            if (role.isEmpty()) {
                continue;
            }
            LmsUser user = new LmsUser(key.deployment().issuer(), key.deployment().clientId(), member.userId(),
                    name(member), member.email());
            Optional<UserLink> link = users.find(user);
            if (link.isEmpty() && member.status() == MemberStatus.ACTIVE) {
                link = Optional.of(users.link(user));
            }
            people.add(new Person(member, role.get(), link));
        }
        Tenant tenant = Tenancy.of(key.deployment());
        ConcurrentChange last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return records.inTransaction(tenant, r -> change(r, read, people));
            } catch (ConcurrentChange conflict) {
                last = conflict;
            }
        }
        LOG.log(System.Logger.Level.WARNING, "Roster sync kept losing races: " + last.violation());
        return new SyncReport.Failed("changed-concurrently", "Someone else changed this group at the same moment; nothing "
                + "of the sync was kept. Sync again.", true);
    }

    private SyncReport.Synced change(TenantRecords r, Read read, List<Person> people) {
        BalintGroup group = r.groups().find(read.group()).orElseThrow(() -> refused("roster-group-missing", false,
                "This activity has no Balint group yet, so there is nothing to sync. Set the group up first."));
        List<String> added = new ArrayList<>();
        List<Violation> notes = new ArrayList<>();
        for (Person person : people) {
            if (person.role() != BalintRole.LEADER || !person.active() || person.link().isEmpty()) {
                continue;
            }
            MemberId id = person.link().get().member();
            if (group.faculty().roleOf(id).isPresent()) {
                continue;
            }
            Optional<FacultyMember> faculty = facultyMember(id, person.link().get().user());
            if (faculty.isEmpty()) {
                notes.add(Violation.of("faculty-details-missing", person.shownName().equals(NAME_NOT_SHARED)
                        ? "a course instructor whose name or e-mail address the course does not share joins the faculty on "
                                + "their next launch, after giving them"
                        : person.shownName() + " joins the faculty on their next launch: the course does not share a usable "
                                + "e-mail address for them"));
                continue;
            }
            if (group.isMember(id)) {
                notes.add(Violation.of("faculty-also-member", faculty.get().name()
                        + " teaches the course but is a member of the group, so stays a member"));
                continue;
            }
            Validated<BalintGroup> widened = group.toDraft().coLeader(faculty.get()).validate();
            if (!widened.isValid()) {
                widened.violations().forEach(v -> notes.add(Violation.of(v.code(), faculty.get().name()
                        + " was not added to the faculty: " + v.message())));
                continue;
            }
            group = widened.orElseThrow();
            r.groups().save(group);
            added.add(faculty.get().name());
        }

        RegistrationDesk desk = new RegistrationDesk(r.groups(), r.registrations(), clock);
        GroupRegistrations registrations = desk.registrationsOf(group.id());
        Map<MemberId, Person> byMember = new HashMap<>();
        people.forEach(p -> p.link().ifPresent(l -> byMember.put(l.member(), p)));
        Set<MemberId> leaving = new HashSet<>();
        for (Registration registration : registrations.all()) {
            if (!open(registration)) {
                continue;
            }
            Person person = byMember.get(registration.registrantId());
            boolean gone = person == null ? read.reading() == SyncReport.Reading.FULL : !person.active();
            if (gone) {
                leaving.add(registration.registrantId());
            }
        }
        List<String> left = new ArrayList<>();
        // those waiting or under review first, so a place freed by a leaver never goes to another leaver
        List<Registration> ordered = new ArrayList<>(registrations.all().stream()
                .filter(reg -> leaving.contains(reg.registrantId()) && reg.status() != RegistrationStatus.ACCEPTED).toList());
        ordered.addAll(registrations.all().stream()
                .filter(reg -> leaving.contains(reg.registrantId()) && reg.status() == RegistrationStatus.ACCEPTED).toList());
        Set<MemberId> stayed = new HashSet<>();
        for (Registration registration : ordered) {
            RegistrationResult result = desk.recordLeftTheCourse(group.id(), registration.registrantId(), ROSTER);
            if (result instanceof RegistrationResult.Recorded) {
                left.add(registration.registrant().name());
            } else {
                stayed.add(registration.registrantId());
                result.reasons().forEach(reason -> notes.add(Violation.of(reason.code(), registration.registrant().name()
                        + " left the course but stays in the group's record: " + reason.message())));
            }
        }
        GroupRegistrations after = desk.registrationsOf(group.id());
        List<String> unchanged = new ArrayList<>();
        for (Registration registration : after.all()) {
            if (open(registration) && (!leaving.contains(registration.registrantId()) || stayed.contains(registration.registrantId()))) {
                unchanged.add(registration.registrant().name());
            }
        }
        BalintGroup finalGroup = r.groups().find(group.id()).orElse(group);
        Map<MemberId, String> notRegistered = new LinkedHashMap<>();
        for (Person person : people) {
            if (person.role() != BalintRole.MEMBER || !person.active() || person.link().isEmpty()) {
                continue;
            }
            MemberId id = person.link().get().member();
            if (after.find(id).isEmpty() && finalGroup.faculty().roleOf(id).isEmpty() && !finalGroup.isMember(id)) {
                notRegistered.put(id, person.shownName());
            }
        }
        return new SyncReport.Synced(read.reading(), added, left, unchanged, List.copyOf(notRegistered.values()), notes);
    }

    /** A registration that still holds a place, a place in line or a review. */
    private static boolean open(Registration registration) {
        return registration.status() == RegistrationStatus.ACCEPTED || registration.status() == RegistrationStatus.WAITLISTED
                || registration.status() == RegistrationStatus.REFERRED_TO_FACULTY_REVIEW;
    }

    private static Optional<FacultyMember> facultyMember(MemberId id, LmsUser user) {
        Optional<String> email = user.email().filter(ContactDetails::looksLikeEmail);
        if (user.name().isEmpty() || email.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FacultyMember(id, user.name().get(), ContactDetails.email(email.get())));
    }

    private static Optional<String> name(Member member) {
        return member.name().or(() -> {
            String joined = (member.givenName().orElse("") + " " + member.familyName().orElse("")).strip();
            return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
        });
    }

    private static String summary(SyncReport.Synced synced) {
        SyncCounts c = synced.counts();
        return c.coLeadersAdded() + " added to the faculty, " + c.left() + " left, " + c.unchanged() + " unchanged, "
                + c.notRegistered() + " in the course but not registered";
    }

    private static Refusal refused(String code, boolean transientFailure, String message) {
        return new Refusal(new SyncReport.Failed(code, message, transientFailure));
    }

    /** Stops a sync before anything is written. */
    private static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient SyncReport.Failed failed;

        Refusal(SyncReport.Failed failed) {
            super(failed.code(), null, false, false);
            this.failed = failed;
        }
    }
}
