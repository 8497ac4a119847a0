package org.balint.persistence.registration;

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
import java.time.Instant;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code registration_audit}: one entry of a registration's audit trail. */
@Entity(name = "GroupRegistrationAuditEntry")
@Table(name = "registration_audit")
class AuditEntryEntity extends TenantOwnedEntity {

    /** Who acted: a person (by member id) or a named process of the system. */
    enum ActorKind {
        PERSON, PROCESS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private RegistrationEntity registration;

    @Column(name = "list_order", nullable = false, updatable = false)
    private int listOrder;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, length = 16)
    ActorKind actorKind;

    @Column(name = "actor", nullable = false, length = RegistrationsMapper.MAX_ID)
    String actor;

    @Column(name = "event_code", nullable = false, length = RegistrationsMapper.MAX_CODE)
    String event;

    @Column(name = "description", nullable = false, length = RegistrationsMapper.MAX_TEXT)
    String description;

    protected AuditEntryEntity() {
        // for Jakarta Persistence
    }

    AuditEntryEntity(TenantScope owner, RegistrationEntity registration, int listOrder) {
        super(owner);
        this.registration = registration;
        this.listOrder = listOrder;
    }

    int listOrder() {
        return listOrder;
    }
}
