package org.balint.persistence.leadership;

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
import org.balint.core.leadership.LeadRole;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code leader_log_led_session}: a session of a group's series the candidate led or co-led. */
@Entity(name = "LeaderLogLedSession")
@Table(name = "leader_log_led_session")
class LedSessionEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "log_id", nullable = false, updatable = false)
    private LeaderLogEntity log;

    @Column(name = "group_id", nullable = false, updatable = false, length = LeaderLogMapper.MAX_ID)
    private String groupId;

    @Column(name = "session_number", nullable = false, updatable = false)
    private int sessionNumber;

    @Column(name = "held_at", nullable = false)
    private Instant heldAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_role", nullable = false, length = 16)
    private LeadRole role;

    protected LedSessionEntity() {
        // for Jakarta Persistence
    }

    LedSessionEntity(TenantScope owner, LeaderLogEntity log, String groupId, int sessionNumber) {
        super(owner);
        this.log = log;
        this.groupId = groupId;
        this.sessionNumber = sessionNumber;
    }

    String groupId() {
        return groupId;
    }

    int sessionNumber() {
        return sessionNumber;
    }

    Instant heldAt() {
        return heldAt;
    }

    LeadRole role() {
        return role;
    }

    void held(Instant heldAt, LeadRole role) {
        this.heldAt = heldAt;
        this.role = role;
    }
}
