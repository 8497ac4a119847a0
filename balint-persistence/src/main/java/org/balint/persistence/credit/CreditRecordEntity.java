package org.balint.persistence.credit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.balint.core.credit.CreditType;
import org.balint.persistence.tenant.TenantOwnedEntity;

/**
 * A row of {@code credit_record}: the latest decision for one member, group and kind of credit, with
 * its explanation in {@code credit_rule_outcome} and {@code credit_session_finding}, and the claim.
 */
@Entity(name = "CreditRecord")
@Table(name = "credit_record")
class CreditRecordEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "group_id", nullable = false, updatable = false, length = 255)
    String groupId;

    @Column(name = "member_id", nullable = false, updatable = false, length = 255)
    String memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_type", nullable = false, updatable = false, length = 32)
    CreditType creditType;

    @Column(name = "eligible", nullable = false)
    boolean eligible;

    @Embedded
    AwardColumns attained;

    @Column(name = "series_ends_at", nullable = false)
    Instant seriesEndsAt;

    @Column(name = "decided_at", nullable = false)
    Instant decidedAt;

    @Column(name = "revision", nullable = false)
    int revision;

    @Column(name = "claimed_quarter_hours")
    Long claimedQuarterHours;

    @Column(name = "claimed_at")
    Instant claimedAt;

    @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<RuleOutcomeEntity> rules = new ArrayList<>();

    @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rulePosition, listIndex")
    List<SessionFindingEntity> findings = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected CreditRecordEntity() {
        // for Jakarta Persistence
    }

    CreditRecordEntity(org.balint.persistence.tenant.TenantScope owner) {
        super(owner);
    }
}
