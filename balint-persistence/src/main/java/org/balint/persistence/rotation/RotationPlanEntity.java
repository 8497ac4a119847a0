package org.balint.persistence.rotation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code rotation_plan}: a group's current published rotation, with its slots. */
@Entity(name = "RotationPlan")
@Table(name = "rotation_plan")
class RotationPlanEntity extends TenantOwnedEntity {

    /** The kinds of publisher, as stored in {@code published_by_kind}. */
    static final String PERSON = "PERSON";
    static final String PROCESS = "PROCESS";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false, length = RotationPlanMapper.MAX_ID)
    private String groupId;

    @Column(name = "session_count", nullable = false)
    private int sessionCount;

    @Column(name = "cases_per_session", nullable = false)
    private int casesPerSession;

    @Column(name = "held_sessions", nullable = false)
    private int heldSessions;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by_kind", nullable = false, length = 16)
    private String publishedByKind;

    @Column(name = "published_by", nullable = false, length = RotationPlanMapper.MAX_ID)
    private String publishedBy;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sessionNumber, presenterId")
    private List<RotationSlotEntity> slots = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RotationPlanEntity() {
        // for Jakarta Persistence
    }

    RotationPlanEntity(TenantScope owner, String groupId) {
        super(owner);
        this.groupId = groupId;
    }

    String groupId() {
        return groupId;
    }

    int sessionCount() {
        return sessionCount;
    }

    int casesPerSession() {
        return casesPerSession;
    }

    int heldSessions() {
        return heldSessions;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    String publishedByKind() {
        return publishedByKind;
    }

    String publishedBy() {
        return publishedBy;
    }

    List<RotationSlotEntity> slots() {
        return slots;
    }

    long version() {
        return version;
    }

    void shaped(int sessionCount, int casesPerSession, int heldSessions) {
        this.sessionCount = sessionCount;
        this.casesPerSession = casesPerSession;
        this.heldSessions = heldSessions;
    }

    void published(Instant at, String kind, String by) {
        this.publishedAt = at;
        this.publishedByKind = kind;
        this.publishedBy = by;
    }

    @Override
    public String toString() {
        return "rotation plan of group " + groupId;
    }
}
