package org.balint.persistence.registration;

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

/** A row of {@code registration_decline_reason}: one reason a registration was declined. */
@Entity(name = "GroupRegistrationDeclineReason")
@Table(name = "registration_decline_reason")
class DeclineReasonEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private RegistrationEntity registration;

    @Column(name = "list_order", nullable = false, updatable = false)
    private int listOrder;

    @Column(name = "reason_code", nullable = false, length = RegistrationsMapper.MAX_CODE)
    String code;

    @Column(name = "reason_message", nullable = false, length = RegistrationsMapper.MAX_TEXT)
    String message;

    protected DeclineReasonEntity() {
        // for Jakarta Persistence
    }

    DeclineReasonEntity(TenantScope owner, RegistrationEntity registration, int listOrder) {
        super(owner);
        this.registration = registration;
        this.listOrder = listOrder;
    }

    int listOrder() {
        return listOrder;
    }
}
