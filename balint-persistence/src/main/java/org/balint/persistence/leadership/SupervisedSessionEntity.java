package org.balint.persistence.leadership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code leader_log_supervised_session}: a session of the candidate's that a supervisor supervised on a day. */
@Entity(name = "LeaderLogSupervisedSession")
@Table(name = "leader_log_supervised_session")
class SupervisedSessionEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "log_id", nullable = false, updatable = false)
    private LeaderLogEntity log;

    @Column(name = "supervisor_id", nullable = false, updatable = false, length = LeaderLogMapper.MAX_ID)
    private String supervisorId;

    @Column(name = "session_date", nullable = false, updatable = false)
    private LocalDate date;

    protected SupervisedSessionEntity() {
        // for Jakarta Persistence
    }

    SupervisedSessionEntity(TenantScope owner, LeaderLogEntity log, String supervisorId, LocalDate date) {
        super(owner);
        this.log = log;
        this.supervisorId = supervisorId;
        this.date = date;
    }

    String supervisorId() {
        return supervisorId;
    }

    LocalDate date() {
        return date;
    }
}
