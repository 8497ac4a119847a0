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

/** A row of {@code evaluation_form_anchor}: one labelled point of a form's rating scale. */
@Entity(name = "EvaluationFormAnchor")
@Table(name = "evaluation_form_anchor")
class FormAnchorEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_id", nullable = false, updatable = false)
    private EvaluationFormEntity form;

    @Column(name = "anchor_point", nullable = false, updatable = false)
    private int point;

    @Column(name = "label", nullable = false, length = EvaluationMapper.MAX_LABEL)
    private String label;

    protected FormAnchorEntity() {
        // for Jakarta Persistence
    }

    FormAnchorEntity(TenantScope owner, EvaluationFormEntity form, int point) {
        super(owner);
        this.form = form;
        this.point = point;
    }

    int point() {
        return point;
    }

    String label() {
        return label;
    }

    void label(String label) {
        this.label = label;
    }
}
