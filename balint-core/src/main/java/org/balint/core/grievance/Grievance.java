package org.balint.core.grievance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/**
 * A grievance as the committee chair handling it sees it: who filed it about which group, the text,
 * whether faculty may see the complainant's name, who handles it, where it stands and when each step
 * happened, the resolution note once resolved, and the audit trail of every step.
 *
 * <p>Its life: {@linkplain GrievanceDesk#file filed} and routed to the chair (received), then
 * {@linkplain GrievanceDesk#acknowledge acknowledged} by that chair, then
 * {@linkplain GrievanceDesk#resolve resolved} with a note. Each step returns a new value; nothing is
 * edited in place. Faculty see it through {@link #facultyView()}, which leaves the complainant out when
 * the complainant asked for anonymity toward faculty.
 */
public record Grievance(GrievanceId id, GroupId group, MemberId complainant, String text, Disclosure disclosure,
        MemberId handler, GrievanceStatus status, Instant receivedAt, Optional<Instant> acknowledgedAt,
        Optional<Instant> resolvedAt, Optional<String> resolution, List<AuditEntry> trail) {

    public Grievance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(resolution, "resolution");
        trail = List.copyOf(trail);
        if (text.isBlank() || trail.isEmpty()) {
            throw new IllegalArgumentException("grievance " + id + " needs its text and an audit trail");
        }
        if (handler.equals(complainant)) {
            throw new IllegalArgumentException("grievance " + id + " cannot be handled by its complainant");
        }
        boolean acknowledged = status != GrievanceStatus.RECEIVED;
        boolean resolved = status == GrievanceStatus.RESOLVED;
        if (acknowledgedAt.isPresent() != acknowledged || resolvedAt.isPresent() != resolved
                || resolution.isPresent() != resolved) {
            throw new IllegalArgumentException("grievance " + id + " is " + status.label()
                    + " but its times or resolution say otherwise");
        }
        if (acknowledgedAt.filter(receivedAt::isAfter).isPresent()
                || resolvedAt.filter(at -> at.isBefore(acknowledgedAt.orElseThrow())).isPresent()) {
            throw new IllegalArgumentException("grievance " + id + " has its steps out of time order");
        }
    }

    /** Whether faculty see this grievance without the complainant's name. */
    public boolean isAnonymousTowardFaculty() {
        return disclosure == Disclosure.ANONYMOUS_TO_FACULTY;
    }

    /**
     * What faculty may see: everything but the handling details and the audit trail, and without the
     * complainant when the complainant asked for anonymity toward faculty.
     */
    public FacultyGrievanceView facultyView() {
        return new FacultyGrievanceView(id, group, isAnonymousTowardFaculty() ? Optional.empty() : Optional.of(complainant),
                text, status, receivedAt, acknowledgedAt, resolvedAt, resolution);
    }

    /** This grievance acknowledged by its handler at {@code at}; the caller has checked the rules. */
    Grievance acknowledged(Instant at) {
        return new Grievance(id, group, complainant, text, disclosure, handler, GrievanceStatus.ACKNOWLEDGED,
                receivedAt, Optional.of(at), Optional.empty(), Optional.empty(),
                append(new AuditEntry(at, Actor.person(handler), "grievance-acknowledged",
                        "grievance " + id + " acknowledged by the committee chair")));
    }

    /** This grievance resolved by its handler at {@code at} with {@code note}; the caller has checked the rules. */
    Grievance resolved(Instant at, String note) {
        return new Grievance(id, group, complainant, text, disclosure, handler, GrievanceStatus.RESOLVED,
                receivedAt, acknowledgedAt, Optional.of(at), Optional.of(note),
                append(new AuditEntry(at, Actor.person(handler), "grievance-resolved",
                        "grievance " + id + " resolved by the committee chair with a resolution note")));
    }

    private List<AuditEntry> append(AuditEntry entry) {
        var entries = new ArrayList<>(trail);
        entries.add(entry);
        return entries;
    }
}
