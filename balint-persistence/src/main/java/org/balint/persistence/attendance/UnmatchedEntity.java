package org.balint.persistence.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code attendance_unmatched}: an attendee of a report a leader still has to resolve. */
@Entity(name = "AttendanceUnmatched")
@Table(name = "attendance_unmatched")
class UnmatchedEntity extends SheetPart {

    @Column(name = "report_id", nullable = false, updatable = false, length = 64)
    String reportId;

    @Column(name = "platform", nullable = false, updatable = false, length = 16)
    String platform;

    @Column(name = "attendee_name", nullable = false, updatable = false, length = 500)
    String attendeeName;

    @Column(name = "email", updatable = false, length = 320)
    String email;

    @Column(name = "match_reason", nullable = false, updatable = false, length = 16)
    String matchReason;

    protected UnmatchedEntity() {
        // for Jakarta Persistence
    }

    UnmatchedEntity(TenantScope owner, int entryNo) {
        super(owner, entryNo);
    }
}
