package org.balint.persistence.leadership;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code leader_log}, with its entries. Changed only by {@link LeaderLogMapper}. */
@Entity(name = "LeaderLog")
@Table(name = "leader_log")
class LeaderLogEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "candidate_id", nullable = false, updatable = false, length = LeaderLogMapper.MAX_ID)
    private String candidateId;

    @OneToMany(mappedBy = "log", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<LedSessionEntity> ledSessions = new ArrayList<>();

    @OneToMany(mappedBy = "log", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SupervisedSessionEntity> supervisedSessions = new ArrayList<>();

    @OneToMany(mappedBy = "log", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<IntensiveEntity> intensives = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LeaderLogEntity() {
        // for Jakarta Persistence
    }

    LeaderLogEntity(TenantScope owner, String candidateId) {
        super(owner);
        this.candidateId = candidateId;
    }

    String candidateId() {
        return candidateId;
    }

    List<LedSessionEntity> ledSessions() {
        return ledSessions;
    }

    List<SupervisedSessionEntity> supervisedSessions() {
        return supervisedSessions;
    }

    List<IntensiveEntity> intensives() {
        return intensives;
    }

    long version() {
        return version;
    }

    @Override
    public String toString() {
        return "leader log of " + candidateId;
    }
}
