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

/**
 * A row of {@code leader_log_intensive}: an intensive the candidate attended. {@code name_key} is the
 * name in lower case, so that the same intensive cannot be stored twice under different capitals.
 */
@Entity(name = "LeaderLogIntensive")
@Table(name = "leader_log_intensive")
class IntensiveEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "log_id", nullable = false, updatable = false)
    private LeaderLogEntity log;

    @Column(name = "name", nullable = false, length = LeaderLogMapper.MAX_INTENSIVE_NAME)
    private String name;

    @Column(name = "name_key", nullable = false, updatable = false, length = LeaderLogMapper.MAX_INTENSIVE_NAME)
    private String nameKey;

    @Column(name = "first_day", nullable = false, updatable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    protected IntensiveEntity() {
        // for Jakarta Persistence
    }

    IntensiveEntity(TenantScope owner, LeaderLogEntity log, String nameKey, LocalDate firstDay) {
        super(owner);
        this.log = log;
        this.nameKey = nameKey;
        this.firstDay = firstDay;
    }

    String name() {
        return name;
    }

    String nameKey() {
        return nameKey;
    }

    LocalDate firstDay() {
        return firstDay;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    void attended(String name, LocalDate lastDay) {
        this.name = name;
        this.lastDay = lastDay;
    }
}
