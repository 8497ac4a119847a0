package org.balint.persistence.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code attendance_report}: the receipt of one attendance report imported into the sheet. */
@Entity(name = "AttendanceReport")
@Table(name = "attendance_report")
class ReportEntity extends SheetPart {

    @Column(name = "report_id", nullable = false, updatable = false, length = 64)
    String reportId;

    @Column(name = "platform", nullable = false, updatable = false, length = 16)
    String platform;

    @Column(name = "imported_at", nullable = false, updatable = false)
    Instant importedAt;

    @Column(name = "imported_by_kind", nullable = false, updatable = false, length = 8)
    String importedByKind;

    @Column(name = "imported_by", nullable = false, updatable = false, length = 255)
    String importedBy;

    @Column(name = "row_count", nullable = false, updatable = false)
    int rowCount;

    protected ReportEntity() {
        // for Jakarta Persistence
    }

    ReportEntity(TenantScope owner, int entryNo) {
        super(owner, entryNo);
    }
}
