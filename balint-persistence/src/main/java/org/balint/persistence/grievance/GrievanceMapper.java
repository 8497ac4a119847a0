package org.balint.persistence.grievance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.grievance.Grievance;
import org.balint.core.grievance.GrievanceId;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.time.UtcTimestampConverter;
import org.balint.persistence.mapping.ChildRows;

/**
 * Maps a {@link Grievance} to its rows and back. An update changes the stored rows in place; audit
 * entries are matched by their position in the trail, so a trail that grows only gains rows.
 */
final class GrievanceMapper {

    static final int MAX_REFERENCE = 64;
    static final int MAX_ID = 255;
    /** The longest grievance text the core's intake accepts. */
    static final int MAX_TEXT = 5000;
    /** The longest resolution note the core accepts. */
    static final int MAX_RESOLUTION = 4000;
    static final int MAX_EVENT = 100;
    static final int MAX_DESCRIPTION = 2000;

    private GrievanceMapper() {
    }

    /** The grievance the rows hold. */
    static Grievance toCore(GrievanceEntity entity) {
        List<GrievanceAuditEntryEntity> rows = new ArrayList<>(entity.trail());
        rows.sort(Comparator.comparingInt(GrievanceAuditEntryEntity::position));
        List<AuditEntry> trail = new ArrayList<>(rows.size());
        for (GrievanceAuditEntryEntity row : rows) {
            trail.add(new AuditEntry(row.occurredAt(), actor(row), row.event(), row.description()));
        }
        return new Grievance(new GrievanceId(entity.reference()), new GroupId(entity.groupId()), new MemberId(entity.complainantId()),
                entity.text(), entity.disclosure(), new MemberId(entity.handlerId()), entity.status(), entity.receivedAt(),
                Optional.ofNullable(entity.acknowledgedAt()), Optional.ofNullable(entity.resolvedAt()),
                Optional.ofNullable(entity.resolution()), trail);
    }

    /** New rows for {@code grievance}, owned by {@code owner}. */
    static GrievanceEntity toEntity(TenantScope owner, Grievance grievance) {
        GrievanceEntity entity = new GrievanceEntity(owner, fitting(grievance.id().value(), MAX_REFERENCE, "grievance reference"));
        apply(owner, grievance, entity);
        return entity;
    }

    /** {@code grievance} as it reads back once stored (instants to the microsecond). */
    static Grievance storable(TenantScope owner, Grievance grievance) {
        return toCore(toEntity(owner, grievance));
    }

    /** Makes the rows of {@code entity} hold {@code grievance}, which has the same reference. */
    static void apply(TenantScope owner, Grievance grievance, GrievanceEntity entity) {
        // Lengths only: the text and the resolution are people's own words and stay out of messages.
        if (grievance.text().length() > MAX_TEXT) {
            throw new IllegalArgumentException("grievance " + grievance.id() + " has a text of " + grievance.text().length()
                    + " characters; intake accepts at most " + MAX_TEXT);
        }
        if (grievance.resolution().map(String::length).orElse(0) > MAX_RESOLUTION) {
            throw new IllegalArgumentException("grievance " + grievance.id() + " has a resolution note of "
                    + grievance.resolution().orElseThrow().length() + " characters; at most " + MAX_RESOLUTION + " are accepted");
        }
        entity.filed(fitting(grievance.group().value(), MAX_ID, "group id"), fitting(grievance.complainant().value(), MAX_ID, "member id"),
                grievance.text(), grievance.disclosure(), fitting(grievance.handler().value(), MAX_ID, "member id"));
        entity.progressed(grievance.status(), storable(grievance.receivedAt()),
                grievance.acknowledgedAt().map(GrievanceMapper::storable).orElse(null),
                grievance.resolvedAt().map(GrievanceMapper::storable).orElse(null), grievance.resolution().orElse(null));
        List<AuditEntry> trail = grievance.trail();
        ChildRows.reconcile(entity.trail(), IntStream.range(0, trail.size()).boxed().toList(), GrievanceAuditEntryEntity::position, i -> i,
                i -> new GrievanceAuditEntryEntity(owner, entity, i),
                (row, i) -> record(row, trail.get(i)));
    }

    private static void record(GrievanceAuditEntryEntity row, AuditEntry entry) {
        String kind;
        String actor;
        if (entry.actor() instanceof Actor.Person person) {
            kind = GrievanceAuditEntryEntity.PERSON;
            actor = person.id().value();
        } else {
            kind = GrievanceAuditEntryEntity.PROCESS;
            actor = ((Actor.Process) entry.actor()).name();
        }
        row.recorded(storable(entry.at()), kind, fitting(actor, MAX_ID, "audit actor"), fitting(entry.event(), MAX_EVENT, "audit event"),
                fitting(entry.description(), MAX_DESCRIPTION, "audit description"));
    }

    private static Actor actor(GrievanceAuditEntryEntity row) {
        switch (row.actorKind()) {
            case GrievanceAuditEntryEntity.PERSON:
                return new Actor.Person(new MemberId(row.actor()));
            case GrievanceAuditEntryEntity.PROCESS:
                return new Actor.Process(row.actor());
            default:
                throw new IllegalStateException("audit entry " + row.position() + " of a stored grievance names an actor of kind "
                        + row.actorKind() + ", which Balint does not know");
        }
    }

    private static Instant storable(Instant instant) {
        return UtcTimestampConverter.storable(instant);
    }

    private static String fitting(String value, int max, String what) {
        if (value.length() > max) {
            throw new IllegalArgumentException("a " + what + " of " + value.length() + " characters cannot be stored; at most " + max
                    + " are");
        }
        return value;
    }
}
