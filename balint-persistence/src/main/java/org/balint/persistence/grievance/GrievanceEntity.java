package org.balint.persistence.grievance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.balint.core.grievance.Disclosure;
import org.balint.core.grievance.GrievanceStatus;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/**
 * A row of {@code grievance}, with its audit trail. The text and resolution are the members' and the
 * chair's own words about the programme: stored, and never written to a log or an exception message.
 */
@Entity(name = "Grievance")
@Table(name = "grievance")
class GrievanceEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false, length = GrievanceMapper.MAX_REFERENCE)
    private String reference;

    @Column(name = "group_id", nullable = false, length = GrievanceMapper.MAX_ID)
    private String groupId;

    @Column(name = "complainant_id", nullable = false, length = GrievanceMapper.MAX_ID)
    private String complainantId;

    @Column(name = "grievance_text", nullable = false, length = GrievanceMapper.MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "disclosure", nullable = false, length = 32)
    private Disclosure disclosure;

    @Column(name = "handler_id", nullable = false, length = GrievanceMapper.MAX_ID)
    private String handlerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private GrievanceStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolution", length = GrievanceMapper.MAX_RESOLUTION)
    private String resolution;

    @OneToMany(mappedBy = "grievance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<GrievanceAuditEntryEntity> trail = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected GrievanceEntity() {
        // for Jakarta Persistence
    }

    GrievanceEntity(TenantScope owner, String reference) {
        super(owner);
        this.reference = reference;
    }

    String reference() {
        return reference;
    }

    String groupId() {
        return groupId;
    }

    String complainantId() {
        return complainantId;
    }

    String text() {
        return text;
    }

    Disclosure disclosure() {
        return disclosure;
    }

    String handlerId() {
        return handlerId;
    }

    GrievanceStatus status() {
        return status;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    Instant resolvedAt() {
        return resolvedAt;
    }

    String resolution() {
        return resolution;
    }

    List<GrievanceAuditEntryEntity> trail() {
        return trail;
    }

    long version() {
        return version;
    }

    void filed(String groupId, String complainantId, String text, Disclosure disclosure, String handlerId) {
        this.groupId = groupId;
        this.complainantId = complainantId;
        this.text = text;
        this.disclosure = disclosure;
        this.handlerId = handlerId;
    }

    void progressed(GrievanceStatus status, Instant receivedAt, Instant acknowledgedAt, Instant resolvedAt, String resolution) {
        this.status = status;
        this.receivedAt = receivedAt;
        this.acknowledgedAt = acknowledgedAt;
        this.resolvedAt = resolvedAt;
        this.resolution = resolution;
    }

    @Override
    public String toString() {
        return "grievance " + reference;
    }
}
