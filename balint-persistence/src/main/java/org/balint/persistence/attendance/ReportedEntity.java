package org.balint.persistence.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code attendance_reported}: one report row attributed to a member, with its presence. */
@Entity(name = "AttendanceReported")
@Table(name = "attendance_reported")
class ReportedEntity extends SheetPart {

    @Column(name = "member_id", nullable = false, updatable = false, length = 255)
    String memberId;

    @Column(name = "report_id", nullable = false, updatable = false, length = 64)
    String reportId;

    @Column(name = "platform", nullable = false, updatable = false, length = 16)
    String platform;

    @Column(name = "line_number", nullable = false, updatable = false)
    int lineNumber;

    @Column(name = "joined_at", nullable = false, updatable = false)
    Instant joinedAt;

    @Column(name = "left_at", nullable = false, updatable = false)
    Instant leftAt;

    protected ReportedEntity() {
        // for Jakarta Persistence
    }

    ReportedEntity(TenantScope owner, int entryNo) {
        super(owner, entryNo);
    }
}
