package org.balint.persistence.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code attendance_audit}: one entry of the sheet's audit trail. */
@Entity(name = "AttendanceAudit")
@Table(name = "attendance_audit")
class AuditEntity extends SheetPart {

    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt;

    @Column(name = "actor_kind", nullable = false, updatable = false, length = 8)
    String actorKind;

    @Column(name = "actor", nullable = false, updatable = false, length = 255)
    String actor;

    @Column(name = "event", nullable = false, updatable = false, length = 100)
    String event;

    @Column(name = "description", nullable = false, updatable = false, length = 4000)
    String description;

    protected AuditEntity() {
        // for Jakarta Persistence
    }

    AuditEntity(TenantScope owner, int entryNo) {
        super(owner, entryNo);
    }
}
