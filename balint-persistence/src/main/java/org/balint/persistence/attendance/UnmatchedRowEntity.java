package org.balint.persistence.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code attendance_unmatched_row}: one report row of an unmatched attendee. */
@Entity(name = "AttendanceUnmatchedRow")
@Table(name = "attendance_unmatched_row")
class UnmatchedRowEntity extends SheetPart {

    @Column(name = "parent_no", nullable = false, updatable = false)
    int parentNo;

    @Column(name = "line_number", nullable = false, updatable = false)
    int lineNumber;

    @Column(name = "joined_at", nullable = false, updatable = false)
    Instant joinedAt;

    @Column(name = "left_at", nullable = false, updatable = false)
    Instant leftAt;

    protected UnmatchedRowEntity() {
        // for Jakarta Persistence
    }

    UnmatchedRowEntity(TenantScope owner, int entryNo, int parentNo) {
        super(owner, entryNo);
        this.parentNo = parentNo;
    }

    @Override
    int itemNo() {
        return parentNo;
    }
}
