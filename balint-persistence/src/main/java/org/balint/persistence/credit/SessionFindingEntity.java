package org.balint.persistence.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/**
 * A row of {@code credit_session_finding}: what one session counted for, either in the decision's own
 * per-session list ({@code rule_position} 0) or behind its n-th rule outcome ({@code rule_position} n).
 */
@Entity(name = "CreditSessionFinding")
@Table(name = "credit_session_finding")
class SessionFindingEntity extends TenantOwnedEntity {

    static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "credit_record_id", nullable = false, updatable = false)
    CreditRecordEntity record;

    @Column(name = "rule_position", nullable = false)
    int rulePosition;

    @Column(name = "list_index", nullable = false)
    int listIndex;

    @Column(name = "session_number", nullable = false)
    int sessionNumber;

    @Column(name = "minutes_scheduled", nullable = false)
    long minutesScheduled;

    @Column(name = "minutes_counted", nullable = false)
    long minutesCounted;

    @Column(name = "credit_quarter_hours")
    Long creditQuarterHours;

    @Column(name = "counts", nullable = false)
    boolean counts;

    @Column(name = "note", nullable = false, length = MAX_NOTE)
    String note;

    protected SessionFindingEntity() {
        // for Jakarta Persistence
    }

    SessionFindingEntity(TenantScope owner, CreditRecordEntity record, int rulePosition, int listIndex) {
        super(owner);
        this.record = record;
        this.rulePosition = rulePosition;
        this.listIndex = listIndex;
    }
}
