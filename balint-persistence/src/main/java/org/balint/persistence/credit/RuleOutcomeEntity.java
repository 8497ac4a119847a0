package org.balint.persistence.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.balint.core.credit.CreditRule;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code credit_rule_outcome}: one rule of a recorded decision, met or unmet, with its sentence. */
@Entity(name = "CreditRuleOutcome")
@Table(name = "credit_rule_outcome")
class RuleOutcomeEntity extends TenantOwnedEntity {

    static final int MAX_EXPLANATION = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "credit_record_id", nullable = false, updatable = false)
    CreditRecordEntity record;

    @Column(name = "list_index", nullable = false)
    int listIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_code", nullable = false, length = 40)
    CreditRule rule;

    @Column(name = "met", nullable = false)
    boolean met;

    @Column(name = "explanation", nullable = false, length = MAX_EXPLANATION)
    String explanation;

    protected RuleOutcomeEntity() {
        // for Jakarta Persistence
    }

    RuleOutcomeEntity(TenantScope owner, CreditRecordEntity record, int listIndex) {
        super(owner);
        this.record = record;
        this.listIndex = listIndex;
    }
}
