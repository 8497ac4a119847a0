package org.balint.persistence.rotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code rotation_desk_entry}: one entry of a group's rotation desk (see the V12 migration). */
@Entity(name = "RotationDeskEntry")
@Table(name = "rotation_desk_entry")
class RotationDeskEntryEntity extends TenantOwnedEntity {

    static final String REPLAN = "REPLAN";
    static final String VOLUNTEER = "VOLUNTEER";
    static final String SWAP = "SWAP";
    static final String REQUEST = "REQUEST";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "group_id", nullable = false, updatable = false, length = 255)
    String groupId;

    @Column(name = "kind", nullable = false, length = 16)
    String kind;

    @Column(name = "position", nullable = false)
    int position;

    @Column(name = "session_number")
    Integer sessionNumber;

    @Column(name = "member_id", length = 255)
    String memberId;

    @Column(name = "other_session")
    Integer otherSession;

    @Column(name = "other_member_id", length = 255)
    String otherMemberId;

    @Column(name = "request_id", length = 64)
    String requestId;

    @Column(name = "status", length = 16)
    String status;

    @Column(name = "requested_at")
    Instant requestedAt;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "decided_by", length = 255)
    String decidedBy;

    /** For Jakarta Persistence only. */
    protected RotationDeskEntryEntity() {
    }

    RotationDeskEntryEntity(TenantScope owner, String groupId, String kind, int position) {
        super(owner);
        this.groupId = groupId;
        this.kind = kind;
        this.position = position;
    }
}
