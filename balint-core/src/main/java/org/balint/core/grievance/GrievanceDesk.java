package org.balint.core.grievance;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * The grievance procedure: receives grievances and routes them to the configured committee chair,
 * and lets that chair acknowledge and then resolve them. Every step is timed by the injected clock
 * and recorded in the grievance's audit trail; a refused step changes nothing and returns every
 * reason.
 */
public final class GrievanceDesk {

    private final GrievanceStore store;
    private final GrievanceRouting routing;
    private final Clock clock;

    public GrievanceDesk(GrievanceStore store, GrievanceRouting routing, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.routing = Objects.requireNonNull(routing, "routing");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Receives {@code filing} and routes it to the committee chair (or, when the chair files it, to the
     * deputy chair); or refuses it with every reason, storing nothing.
     */
    public Validated<Grievance> file(GrievanceFiling filing) {
        return file(filing, Set.of());
    }

    /**
     * Receives {@code filing} about a group led by {@code faculty} and routes it to someone independent:
     * the committee chair, or the deputy chair when the chair filed it or leads the group (a grievance may
     * be about its leaders, so none of them handles it); or refuses it with every reason, storing nothing.
     */
    public Validated<Grievance> file(GrievanceFiling filing, Set<MemberId> faculty) {
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(faculty, "faculty");
        var violations = IntakeRules.check(filing, routing, faculty);
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        var at = clock.instant();
        var id = store.nextId();
        var handler = routing.handlerFor(filing.complainant(), faculty).orElseThrow();
        var chair = routing.chair().orElseThrow();
        var handledAs = chair.equals(handler) ? "the committee chair"
                : chair.equals(filing.complainant()) ? "the deputy chair, because the chair filed it"
                : "the deputy chair, because the chair leads the group";
        var grievance = new Grievance(id, filing.group(), filing.complainant(), filing.text(), filing.disclosure(),
                handler, GrievanceStatus.RECEIVED, at, Optional.empty(), Optional.empty(), Optional.empty(), List.of(
                        new AuditEntry(at, Actor.person(filing.complainant()), "grievance-received",
                                "grievance " + id + " received about group " + filing.group()
                                        + (filing.disclosure() == Disclosure.ANONYMOUS_TO_FACULTY
                                                ? ", anonymous toward faculty" : "")),
                        new AuditEntry(at, Actor.process("grievance routing"), "grievance-routed",
                                "grievance " + id + " routed to " + handler + ", " + handledAs)));
        store.save(grievance);
        return Validated.valid(grievance);
    }

    /** The handling chair acknowledges grievance {@code id}; refused with every reason otherwise. */
    public Validated<Grievance> acknowledge(GrievanceId id, MemberId by) {
        return find(id).flatMap(grievance -> apply(TransitionRules.checkAcknowledge(grievance, by),
                () -> grievance.acknowledged(clock.instant())));
    }

    /**
     * The handling chair resolves grievance {@code id} with {@code resolutionNote}; refused with every
     * reason otherwise.
     */
    public Validated<Grievance> resolve(GrievanceId id, MemberId by, String resolutionNote) {
        var note = Objects.requireNonNull(resolutionNote, "resolutionNote").strip();
        return find(id).flatMap(grievance -> apply(TransitionRules.checkResolve(grievance, by, note),
                () -> grievance.resolved(clock.instant(), note)));
    }

    /** Grievance {@code id} as its chair sees it, complainant and audit trail included. */
    public Optional<Grievance> grievance(GrievanceId id) {
        return store.find(id);
    }

    /** The grievances about {@code group} as faculty may see them, oldest first. */
    public List<FacultyGrievanceView> facultyViewsOf(GroupId group) {
        return store.forGroup(group).stream()
                .sorted(Comparator.comparing(Grievance::receivedAt)
                        .thenComparing(g -> g.id().value()))
                .map(Grievance::facultyView)
                .toList();
    }

    private Validated<Grievance> find(GrievanceId id) {
        Objects.requireNonNull(id, "id");
        return store.find(id).map(Validated::valid).orElseGet(() -> Validated.invalid(Violation.of(
                "unknown-grievance", "there is no grievance " + id + "; check the reference")));
    }

    private Validated<Grievance> apply(List<Violation> violations, Supplier<Grievance> step) {
        return Validated.of(violations, step).map(changed -> {
            store.save(changed);
            return changed;
        });
    }
}
