package org.balint.persistence.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code attendance_unmatched_candidate}: a member an unmatched attendee matched as well as others. */
@Entity(name = "AttendanceUnmatchedCandidate")
@Table(name = "attendance_unmatched_candidate")
class UnmatchedCandidateEntity extends SheetPart {

    @Column(name = "parent_no", nullable = false, updatable = false)
    int parentNo;

    @Column(name = "member_id", nullable = false, updatable = false, length = 255)
    String memberId;

    protected UnmatchedCandidateEntity() {
        // for Jakarta Persistence
    }

    UnmatchedCandidateEntity(TenantScope owner, int entryNo, int parentNo) {
        super(owner, entryNo);
        this.parentNo = parentNo;
    }

    @Override
    int itemNo() {
        return parentNo;
    }
}
