package org.balint.persistence.registration;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.balint.core.group.Discipline;
import org.balint.core.registration.RegistrationStatus;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/**
 * A row of {@code registration}: one registrant's registration for one group, with the form they
 * submitted (who they are and the attestations they gave) and the state it is in.
 */
@Entity(name = "GroupRegistration")
@Table(name = "registration")
class RegistrationEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "registrations_id", nullable = false, updatable = false)
    private GroupRegistrationsEntity registrations;

    @Column(name = "registrant_id", nullable = false, updatable = false, length = RegistrationsMapper.MAX_ID)
    private String registrantId;

    @Column(name = "submission_order", nullable = false)
    int submissionOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    RegistrationStatus status;

    @Column(name = "waitlist_position")
    Integer waitlistPosition;

    @Column(name = "registrant_name", nullable = false, length = RegistrationsMapper.MAX_NAME)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline", nullable = false, length = 32)
    Discipline discipline;

    @Column(name = "profession_detail", length = RegistrationsMapper.MAX_PROFESSION_DETAIL)
    String professionDetail;

    @Column(name = "email", nullable = false, length = RegistrationsMapper.MAX_EMAIL)
    String email;

    @Column(name = "phone", length = RegistrationsMapper.MAX_PHONE)
    String phone;

    @Column(name = "clinically_active", nullable = false)
    boolean clinicallyActive;

    @Column(name = "willing_to_present", nullable = false)
    boolean willingToPresent;

    @Column(name = "attends_all_sessions", nullable = false)
    boolean attendsAllSessions;

    @Column(name = "confidentiality_acknowledged", nullable = false)
    boolean confidentialityAcknowledged;

    @Column(name = "unusually_stressful_period", nullable = false)
    boolean unusuallyStressfulPeriod;

    @Column(name = "deferral_note", length = RegistrationsMapper.MAX_NOTE)
    String deferralNote;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listOrder")
    final List<DeclineReasonEntity> declineReasons = new ArrayList<>();

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listOrder")
    final List<AuditEntryEntity> history = new ArrayList<>();

    protected RegistrationEntity() {
        // for Jakarta Persistence
    }

    RegistrationEntity(TenantScope owner, GroupRegistrationsEntity registrations, String registrantId) {
        super(owner);
        this.registrations = registrations;
        this.registrantId = registrantId;
    }

    String registrantId() {
        return registrantId;
    }
}
