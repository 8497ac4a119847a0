package org.balint.persistence.evaluation;

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

/** A row of {@code evaluation_form_objective}: one learning objective of a form. */
@Entity(name = "EvaluationFormObjective")
@Table(name = "evaluation_form_objective")
class FormObjectiveEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_id", nullable = false, updatable = false)
    private EvaluationFormEntity form;

    @Column(name = "objective_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "statement", nullable = false, length = EvaluationMapper.MAX_STATEMENT)
    private String statement;

    protected FormObjectiveEntity() {
        // for Jakarta Persistence
    }

    FormObjectiveEntity(TenantScope owner, EvaluationFormEntity form, int number) {
        super(owner);
        this.form = form;
        this.number = number;
    }

    int number() {
        return number;
    }

    String statement() {
        return statement;
    }

    void statement(String statement) {
        this.statement = statement;
    }
}
