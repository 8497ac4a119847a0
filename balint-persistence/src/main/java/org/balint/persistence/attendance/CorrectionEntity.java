package org.balint.persistence.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code attendance_correction}: a leader's word on one member's attendance. */
@Entity(name = "AttendanceCorrection")
@Table(name = "attendance_correction")
class CorrectionEntity extends SheetPart {

    static final String PRESENCE_SET = "PRESENCE_SET";
    static final String EXCUSED = "EXCUSED";
    static final String ABSENT = "ABSENT";

    @Column(name = "member_id", nullable = false, updatable = false, length = 255)
    String memberId;

    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    String kind;

    @Column(name = "by_kind", nullable = false, updatable = false, length = 8)
    String byKind;

    @Column(name = "by_actor", nullable = false, updatable = false, length = 255)
    String byActor;

    @Column(name = "corrected_at", nullable = false, updatable = false)
    Instant correctedAt;

    protected CorrectionEntity() {
        // for Jakarta Persistence
    }

    CorrectionEntity(TenantScope owner, int entryNo) {
        super(owner, entryNo);
    }
}
