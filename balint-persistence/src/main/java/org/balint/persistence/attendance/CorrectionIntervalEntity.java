package org.balint.persistence.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code attendance_correction_interval}: presence a leader recorded in a correction. */
@Entity(name = "AttendanceCorrectionInterval")
@Table(name = "attendance_correction_interval")
class CorrectionIntervalEntity extends SheetPart {

    @Column(name = "parent_no", nullable = false, updatable = false)
    int parentNo;

    @Column(name = "joined_at", nullable = false, updatable = false)
    Instant joinedAt;

    @Column(name = "left_at", nullable = false, updatable = false)
    Instant leftAt;

    protected CorrectionIntervalEntity() {
        // for Jakarta Persistence
    }

    CorrectionIntervalEntity(TenantScope owner, int entryNo, int parentNo) {
        super(owner, entryNo);
        this.parentNo = parentNo;
    }

    @Override
    int itemNo() {
        return parentNo;
    }
}
