package org.balint.persistence.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code completion_sharing_consent}: a member's latest answer about reporting their completion. */
@Entity(name = "CompletionSharingConsent")
@Table(name = "completion_sharing_consent")
class CompletionSharingConsentEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "group_id", nullable = false, updatable = false, length = 255)
    String groupId;

    @Column(name = "member_id", nullable = false, updatable = false, length = 255)
    String memberId;

    @Column(name = "given", nullable = false)
    boolean given;

    @Column(name = "answered_at", nullable = false)
    Instant answeredAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** For Jakarta Persistence only. */
    protected CompletionSharingConsentEntity() {
    }

    CompletionSharingConsentEntity(TenantScope owner, String groupId, String memberId) {
        super(owner);
        this.groupId = groupId;
        this.memberId = memberId;
    }
}
