package org.balint.lti.tool.grievance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.balint.core.grievance.Disclosure;
import org.balint.core.grievance.FacultyGrievanceView;
import org.balint.core.grievance.Grievance;
import org.balint.core.grievance.GrievanceDesk;
import org.balint.core.grievance.GrievanceFiling;
import org.balint.core.grievance.GrievanceId;
import org.balint.core.grievance.GrievanceStatus;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.course.JpaBalintRecords;
import org.balint.persistence.grievance.JpaGrievanceStore;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.Tenants;

/**
 * The program's grievance procedure in the tool, free of HTTP, for the pages and the JSON API alike. A
 * member raises a concern about their group; the core's {@link GrievanceDesk} routes it to the platform's
 * committee chair, or to the deputy chair when the chair filed it or leads the group; the chair sees it in
 * the committee's queue, acknowledges it and resolves it with a note. Administrators of the platform name
 * the chair and the deputy by taking the seat themselves ({@link CommitteeSeats}); the committee, its queue
 * and every grievance belong to one tenant (platform and deployment), and nothing crosses tenants.
 *
 * <p>Each step on grievances is one transaction on Balint's records; a refused step stores nothing. Only
 * what the core models is stored: the text (bounded, with the core's notice against patient details),
 * the disclosure choice, the handler and the steps.
 */
public final class ProgramGrievances {

    /** The form field of the concern's text. */
    public static final String TEXT = "text";
    /** The form field asking for anonymity toward faculty. */
    public static final String ANONYMOUS = "anonymous";
    /** The form field of the resolution note. */
    public static final String NOTE = "note";
    /** The form field of the committee member's name. */
    public static final String NAME = "name";
    /** The form field of the committee member's e-mail address. */
    public static final String EMAIL = "email";
    /** The longest grievance text accepted (the core's bound). */
    public static final int MAX_TEXT_LENGTH = 5000;
    /** The longest resolution note accepted (the core's bound). */
    public static final int MAX_NOTE_LENGTH = 4000;
    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 200;

    private final JpaBalintRecords.Transactions transactions;
    private final Tenants tenants;
    private final CommitteeSeats seats;
    private final Clock clock;

    /** Grievances of the groups reached through {@code transactions}, routed to the committee in {@code seats}. */
    public ProgramGrievances(JpaBalintRecords.Transactions transactions, Tenants tenants, CommitteeSeats seats,
            Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.seats = Objects.requireNonNull(seats, "seats");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code tenant}'s grievance committee. */
    public Committee committee(Tenant tenant) {
        return seats.find(tenant);
    }

    /**
     * What {@code member} sees on the concern page of {@code group}: who receives concerns, and the concerns
     * they raised about the group with where each stands. Empty when the group is not stored for the tenant.
     */
    public Optional<MemberConcerns> forMember(Tenant tenant, GroupId group, MemberId member) {
        Objects.requireNonNull(member, "member");
        Committee committee = seats.find(tenant);
        return inTenant(tenant, (groups, store) -> groups.find(group).map(found -> new MemberConcerns(found.id(),
                found.title(), found.isMember(member), committee.chair(), store.forGroup(group).stream()
                        .filter(g -> g.complainant().equals(member)).map(OwnGrievance::of).toList())));
    }

    /**
     * Files {@code member}'s concern about {@code group} with the committee: received and routed to the chair
     * (the deputy when the chair filed it or leads the group), or refused with every reason, nothing stored.
     * Empty when the group is not stored for the tenant.
     */
    public Optional<Validated<OwnGrievance>> file(Tenant tenant, GroupId group, MemberId member, String text,
            boolean anonymousTowardFaculty) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(text, "text");
        Committee committee = seats.find(tenant);
        return inTenant(tenant, (groups, store) -> groups.find(group).map(found -> {
            if (!found.isMember(member)) {
                return Validated.<OwnGrievance>invalid(Violation.of("not-a-group-member", "Only members of this group"
                        + " raise concerns about it here. If you registered, wait until your registration is accepted."));
            }
            Set<MemberId> faculty = found.faculty().everyone().stream().map(FacultyMember::id)
                    .collect(Collectors.toUnmodifiableSet());
            return new GrievanceDesk(store, committee.routing(), clock)
                    .file(new GrievanceFiling(member, group, text, anonymousTowardFaculty
                            ? Disclosure.ANONYMOUS_TO_FACULTY : Disclosure.NAMED), faculty)
                    .map(OwnGrievance::of);
        }));
    }

    /** Where each reason of a refused filing belongs on the form. */
    public static FieldViolation placed(Violation violation) {
        return switch (violation.code()) {
            case "blank-grievance", "grievance-too-long" -> FieldViolation.at(TEXT, violation);
            case "blank-resolution-note", "resolution-note-too-long" -> FieldViolation.at(NOTE, violation);
            case "committee-name-missing", "committee-name-too-long" -> FieldViolation.at(NAME, violation);
            case "committee-email-invalid" -> FieldViolation.at(EMAIL, violation);
            default -> FieldViolation.general(violation);
        };
    }

    /**
     * The tenant's grievances, oldest first, as {@code viewer} (an administrator of the platform) may see
     * them: in full, complainant included, when the grievance is routed to them; otherwise as faculty see
     * it, without the complainant when they asked for anonymity toward faculty.
     */
    public List<QueuedGrievance> queue(Tenant tenant, MemberId viewer) {
        Objects.requireNonNull(viewer, "viewer");
        Committee committee = seats.find(tenant);
        return inTenant(tenant, (groups, store) -> Optional.of(store.all().stream()
                .map(g -> queued(g, groups.find(g.group()), committee, viewer)).toList()))
                .orElse(List.of());
    }

    /** The handler acknowledges grievance {@code id}; refused with every reason otherwise. */
    public Validated<QueuedGrievance> acknowledge(Tenant tenant, MemberId by, GrievanceId id) {
        Committee committee = seats.find(tenant);
        return step(tenant, (groups, store) -> new GrievanceDesk(store, committee.routing(), clock).acknowledge(id, by)
                .map(g -> queued(g, groups.find(g.group()), committee, by)));
    }

    /** The handler resolves grievance {@code id} with {@code note}; refused with every reason otherwise. */
    public Validated<QueuedGrievance> resolve(Tenant tenant, MemberId by, GrievanceId id, String note) {
        Objects.requireNonNull(note, "note");
        Committee committee = seats.find(tenant);
        return step(tenant, (groups, store) -> new GrievanceDesk(store, committee.routing(), clock).resolve(id, by, note)
                .map(g -> queued(g, groups.find(g.group()), committee, by)));
    }

    /**
     * {@code admin} takes {@code seat} on {@code tenant}'s committee under {@code name} and {@code email}, in
     * place of whoever held it; or every reason they cannot (a name and an e-mail address are needed, and
     * nobody holds both seats). Grievances already received stay with whoever received them.
     */
    public Validated<Committee> takeSeat(Tenant tenant, CommitteeSeat seat, MemberId admin, String name, String email) {
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(admin, "admin");
        String cleanName = Objects.requireNonNull(name, "name").strip();
        String cleanEmail = Objects.requireNonNull(email, "email").strip();
        List<Violation> violations = new ArrayList<>();
        if (cleanName.isEmpty()) {
            violations.add(Violation.of("committee-name-missing", "Give the name members will see as the "
                    + seat.title() + "'s."));
        } else if (cleanName.length() > MAX_NAME_LENGTH) {
            violations.add(Violation.of("committee-name-too-long", "The name is " + cleanName.length()
                    + " characters; shorten it to at most " + MAX_NAME_LENGTH + "."));
        }
        if (cleanEmail.length() > 254 || !ContactDetails.looksLikeEmail(cleanEmail)) {
            violations.add(Violation.of("committee-email-invalid", "Give the e-mail address members can write to,"
                    + " such as grievances@example.org."));
        }
        Committee now = seats.find(tenant);
        Seated seated = new Seated(admin, cleanName, cleanEmail);
        Committee after = seat == CommitteeSeat.CHAIR ? new Committee(Optional.of(seated), now.deputy())
                : new Committee(now.chair(), Optional.of(seated));
        if (after.chair().isPresent() && after.deputy().isPresent()
                && after.chair().get().member().equals(after.deputy().get().member())) {
            violations.add(Violation.of("deputy-is-chair", "You already hold the other seat of the committee;"
                    + " the chair and the deputy chair must be two people. Step down from it first."));
        }
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        seats.take(tenant, seat, seated);
        return Validated.valid(seats.find(tenant));
    }

    /** {@code admin} steps down from {@code seat}; refused when they do not hold it. */
    public Validated<Committee> leaveSeat(Tenant tenant, CommitteeSeat seat, MemberId admin) {
        if (!seats.leave(tenant, seat, admin)) {
            return Validated.invalid(Violation.of("not-your-seat", "You do not hold the seat of " + seat.title()
                    + "; only whoever holds it can step down."));
        }
        return Validated.valid(seats.find(tenant));
    }

    private static QueuedGrievance queued(Grievance grievance, Optional<BalintGroup> group, Committee committee,
            MemberId viewer) {
        boolean handler = grievance.handler().equals(viewer);
        FacultyGrievanceView view = grievance.facultyView();
        Optional<MemberId> complainant = handler ? Optional.of(grievance.complainant()) : view.complainant();
        Optional<String> complainantName = complainant.map(id -> group.flatMap(g -> g.member(id)).map(Member::name)
                .orElse("a former member"));
        return new QueuedGrievance(grievance.id(), grievance.group(), group.map(BalintGroup::title).orElse(
                "a group no longer kept"), complainantName, grievance.isAnonymousTowardFaculty(), grievance.text(),
                grievance.status(), grievance.receivedAt(), grievance.acknowledgedAt(), grievance.resolvedAt(),
                grievance.resolution(), committee.nameOf(grievance.handler()).orElse("a former member of the committee"),
                handler);
    }

    private <T> Optional<T> inTenant(Tenant tenant, Work<Optional<T>> work) {
        Objects.requireNonNull(tenant, "tenant");
        return transactions.inTransaction(em -> tenants.find(em, tenant).flatMap(scope -> work.apply(
                new JpaGroups(scope, () -> em), new JpaGrievanceStore(scope, () -> em))));
    }

    private Validated<QueuedGrievance> step(Tenant tenant, Work<Validated<QueuedGrievance>> work) {
        Objects.requireNonNull(tenant, "tenant");
        return transactions.inTransaction(em -> tenants.find(em, tenant)
                .map(scope -> work.apply(new JpaGroups(scope, () -> em), new JpaGrievanceStore(scope, () -> em)))
                .orElseGet(() -> Validated.invalid(Violation.of("unknown-grievance",
                        "There is no such grievance for this platform; check the reference."))));
    }

    @FunctionalInterface
    private interface Work<T> {
        T apply(JpaGroups groups, JpaGrievanceStore store);
    }

    /**
     * A member's concerns about a group.
     *
     * @param group      the group
     * @param groupTitle its title
     * @param member     whether the person is a member of the group (only members raise concerns about it)
     * @param chair      who receives concerns; empty when no chair is named yet
     * @param raised     the concerns the member raised about the group, oldest first
     */
    public record MemberConcerns(GroupId group, String groupTitle, boolean member, Optional<Seated> chair, List<OwnGrievance> raised) {
        /** Validates the parts. */
        public MemberConcerns {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(groupTitle, "groupTitle");
            Objects.requireNonNull(chair, "chair");
            raised = List.copyOf(raised);
        }
    }

    /**
     * A concern as the member who raised it sees it.
     *
     * @param id             its reference
     * @param status         where it stands
     * @param receivedAt     when it was received
     * @param acknowledgedAt when the chair acknowledged it
     * @param resolvedAt     when the chair resolved it
     * @param resolution     the chair's resolution note
     */
    public record OwnGrievance(GrievanceId id, GrievanceStatus status, Instant receivedAt, Optional<Instant> acknowledgedAt,
            Optional<Instant> resolvedAt, Optional<String> resolution) {
        /** Validates the parts. */
        public OwnGrievance {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
            Objects.requireNonNull(resolvedAt, "resolvedAt");
            Objects.requireNonNull(resolution, "resolution");
        }

        static OwnGrievance of(Grievance grievance) {
            return new OwnGrievance(grievance.id(), grievance.status(), grievance.receivedAt(),
                    grievance.acknowledgedAt(), grievance.resolvedAt(), grievance.resolution());
        }
    }

    /**
     * A grievance in the committee's queue.
     *
     * @param id             its reference
     * @param group          the group it is about
     * @param groupTitle     the group's title
     * @param complainant    who raised it: shown to the handling chair, and to others only when not anonymous
     * @param anonymous      whether the complainant asked for anonymity toward faculty
     * @param text           what it is about
     * @param status         where it stands
     * @param receivedAt     when it was received
     * @param acknowledgedAt when it was acknowledged
     * @param resolvedAt     when it was resolved
     * @param resolution     the resolution note
     * @param handlerName    who handles it
     * @param yours          whether the viewer handles it (and so may take its next step)
     */
    public record QueuedGrievance(GrievanceId id, GroupId group, String groupTitle, Optional<String> complainant,
            boolean anonymous, String text, GrievanceStatus status, Instant receivedAt, Optional<Instant> acknowledgedAt,
            Optional<Instant> resolvedAt, Optional<String> resolution, String handlerName, boolean yours) {
        /** Validates the parts. */
        public QueuedGrievance {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(groupTitle, "groupTitle");
            Objects.requireNonNull(complainant, "complainant");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
            Objects.requireNonNull(resolvedAt, "resolvedAt");
            Objects.requireNonNull(resolution, "resolution");
            Objects.requireNonNull(handlerName, "handlerName");
        }
    }
}
