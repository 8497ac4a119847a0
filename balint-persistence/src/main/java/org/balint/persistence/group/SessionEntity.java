package org.balint.persistence.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code group_session}: one session of a group's schedule. */
@Entity(name = "GroupSession")
@Table(name = "group_session")
class SessionEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private GroupEntity group;

    @Column(name = "session_number", nullable = false, updatable = false)
    private int sessionNumber;

    @Column(name = "starts_at", nullable = false)
    Instant startsAt;

    @Column(name = "duration_seconds", nullable = false)
    long durationSeconds;

    protected SessionEntity() {
        // for Jakarta Persistence
    }

    SessionEntity(TenantScope owner, GroupEntity group, int sessionNumber) {
        super(owner);
        this.group = group;
        this.sessionNumber = sessionNumber;
    }

    int sessionNumber() {
        return sessionNumber;
    }
}
