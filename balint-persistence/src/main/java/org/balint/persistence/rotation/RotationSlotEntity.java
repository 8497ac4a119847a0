package org.balint.persistence.rotation;

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
 * A row of {@code rotation_plan_slot}: one member presenting in one session of a plan. It holds the
 * presenter and the session only, never anything about the case. A slot never changes: a re-plan that
 * moves a presenter removes the old slot and adds a new one.
 */
@Entity(name = "RotationSlot")
@Table(name = "rotation_plan_slot")
class RotationSlotEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private RotationPlanEntity plan;

    @Column(name = "session_number", nullable = false, updatable = false)
    private int sessionNumber;

    @Column(name = "presenter_id", nullable = false, updatable = false, length = RotationPlanMapper.MAX_ID)
    private String presenterId;

    protected RotationSlotEntity() {
        // for Jakarta Persistence
    }

    RotationSlotEntity(TenantScope owner, RotationPlanEntity plan, int sessionNumber, String presenterId) {
        super(owner);
        this.plan = plan;
        this.sessionNumber = sessionNumber;
        this.presenterId = presenterId;
    }

    int sessionNumber() {
        return sessionNumber;
    }

    String presenterId() {
        return presenterId;
    }

    @Override
    public String toString() {
        return presenterId + " in session " + sessionNumber;
    }
}
