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

/** A row of {@code evaluation_rating}: how the member rated one objective before and after the series. */
@Entity(name = "EvaluationRating")
@Table(name = "evaluation_rating")
class RatingEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
    private EvaluationEntity evaluation;

    @Column(name = "list_position", nullable = false)
    private int position;

    @Column(name = "objective_number", nullable = false, updatable = false)
    private int objectiveNumber;

    @Column(name = "objective_statement", nullable = false, length = EvaluationMapper.MAX_STATEMENT)
    private String objectiveStatement;

    @Column(name = "rating_before")
    private Integer before;

    @Column(name = "rating_after")
    private Integer after;

    protected RatingEntity() {
        // for Jakarta Persistence
    }

    RatingEntity(TenantScope owner, EvaluationEntity evaluation, int objectiveNumber) {
        super(owner);
        this.evaluation = evaluation;
        this.objectiveNumber = objectiveNumber;
    }

    int position() {
        return position;
    }

    int objectiveNumber() {
        return objectiveNumber;
    }

    String objectiveStatement() {
        return objectiveStatement;
    }

    Integer before() {
        return before;
    }

    Integer after() {
        return after;
    }

    void rated(int position, String objectiveStatement, Integer before, Integer after) {
        this.position = position;
        this.objectiveStatement = objectiveStatement;
        this.before = before;
        this.after = after;
    }
}
