package org.balint.persistence.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code attendance_launch}: a member opened the session from the LMS. */
@Entity(name = "AttendanceLaunch")
@Table(name = "attendance_launch")
class LaunchEntity extends SheetPart {

    @Column(name = "member_id", nullable = false, updatable = false, length = 255)
    String memberId;

    @Column(name = "launched_at", nullable = false, updatable = false)
    Instant launchedAt;

    protected LaunchEntity() {
        // for Jakarta Persistence
    }

    LaunchEntity(TenantScope owner, int entryNo) {
        super(owner, entryNo);
    }
}
