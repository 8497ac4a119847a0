package org.balint.persistence.grievance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code grievance_audit_entry}: one step in a grievance's audit trail, at its position. */
@Entity(name = "GrievanceAuditEntry")
@Table(name = "grievance_audit_entry")
class GrievanceAuditEntryEntity extends TenantOwnedEntity {

    /** The kinds of actor, as stored in {@code actor_kind}. */
    static final String PERSON = "PERSON";
    static final String PROCESS = "PROCESS";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "grievance_id", nullable = false, updatable = false)
    private GrievanceEntity grievance;

    @Column(name = "entry_index", nullable = false, updatable = false)
    private int position;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_kind", nullable = false, length = 16)
    private String actorKind;

    @Column(name = "actor", nullable = false, length = GrievanceMapper.MAX_ID)
    private String actor;

    @Column(name = "event", nullable = false, length = GrievanceMapper.MAX_EVENT)
    private String event;

    @Column(name = "description", nullable = false, length = GrievanceMapper.MAX_DESCRIPTION)
    private String description;

    protected GrievanceAuditEntryEntity() {
        // for Jakarta Persistence
    }

    GrievanceAuditEntryEntity(TenantScope owner, GrievanceEntity grievance, int position) {
        super(owner);
        this.grievance = grievance;
        this.position = position;
    }

    int position() {
        return position;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String actorKind() {
        return actorKind;
    }

    String actor() {
        return actor;
    }

    String event() {
        return event;
    }

    String description() {
        return description;
    }

    void recorded(Instant occurredAt, String actorKind, String actor, String event, String description) {
        this.occurredAt = occurredAt;
        this.actorKind = actorKind;
        this.actor = actor;
        this.event = event;
        this.description = description;
    }
}
