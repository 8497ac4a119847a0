package org.balint.persistence.leadership;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.balint.core.group.MemberId;
import org.balint.core.leadership.LeaderLog;
import org.balint.core.leadership.LeaderLogStore;
import org.balint.core.validation.Violation;
import org.balint.persistence.integrity.Constraints;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;

/**
 * One tenant's leader development logs, stored in table {@code leader_log} and one table per kind of
 * entry: the {@link LeaderLogStore} of {@link org.balint.core.leadership.LeaderLogbook}.
 *
 * <p>A candidate has one log (the unique constraint {@code uq_leader_log_candidate}), and an entry is
 * in it at most once: the same session of a group, the same supervisor on the same day, or the same
 * intensive (by name, ignoring case, and first day) is refused by the database with the core's reason
 * codes {@code duplicate-led-session}, {@code duplicate-supervised-session} and
 * {@code duplicate-intensive}. Saving a log again changes the stored rows in place and increments the
 * log's version, so of two entries recorded at once from two sessions exactly one is stored and the
 * other's transaction ends in an {@link jakarta.persistence.OptimisticLockException}.
 *
 * <p>Every method works in the transaction of the entity manager {@code currentEntityManager} supplies
 * and never begins or ends one.
 */
public final class JpaLeaderLogStore extends TenantScopedRepository<LeaderLogEntity> implements LeaderLogStore {

    static final Constraints CONSTRAINTS = Constraints
            .named("uq_leader_log_candidate", Violation.of("leader-log-started-concurrently",
                    "This candidate's leader log was started by another entry at the same moment; this entry was not stored."
                            + " Record it again: it will be added to that log."))
            .and("uq_leader_log_led_session", Violation.of("duplicate-led-session",
                    "This session of the group is already in the candidate's log; an entry is stored once, so nothing was stored."))
            .and("uq_leader_log_supervised_session", Violation.of("duplicate-supervised-session",
                    "A session supervised by the same supervisor on the same day is already in the candidate's log; an entry is"
                            + " stored once, so nothing was stored."))
            .and("uq_leader_log_intensive", Violation.of("duplicate-intensive",
                    "An intensive with the same name starting on the same day is already in the candidate's log; an entry is"
                            + " stored once, so nothing was stored."))
            .and("fk_leader_log_tenant", Violation.of("unknown-tenant",
                    "The leader log belongs to a tenant that is not registered (any more); nothing was stored."));

    private final Supplier<EntityManager> currentEntityManager;

    /**
     * The leader logs of {@code scope}'s tenant.
     *
     * @param currentEntityManager the entity manager of the caller's current transaction
     */
    public JpaLeaderLogStore(TenantScope scope, Supplier<EntityManager> currentEntityManager) {
        super(scope, LeaderLogEntity.class);
        this.currentEntityManager = Objects.requireNonNull(currentEntityManager, "currentEntityManager");
    }

    @Override
    public Optional<LeaderLog> find(MemberId candidate) {
        Objects.requireNonNull(candidate, "candidate");
        return row(entityManager(), candidate).map(LeaderLogMapper::toCore);
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.balint.persistence.integrity.IntegrityViolation when the log holds the same entry
     *     twice, or another transaction started the candidate's log at the same moment (see the class
     *     description); the transaction is then marked for rollback
     */
    @Override
    public void save(LeaderLog log) {
        Objects.requireNonNull(log, "log");
        EntityManager entityManager = entityManager();
        Optional<LeaderLogEntity> stored = row(entityManager, log.candidate());
        if (stored.isPresent()) {
            LeaderLogEntity entity = stored.get();
            if (LeaderLogMapper.toCore(entity).equals(LeaderLogMapper.storable(scope(), log))) {
                return;
            }
            LeaderLogMapper.apply(scope(), log, entity);
            entityManager.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        } else {
            persist(entityManager, LeaderLogMapper.toEntity(scope(), log));
        }
        CONSTRAINTS.flush(entityManager);
    }

    /** The stored version of {@code candidate}'s log: 1 when first stored, one more for every change. */
    Optional<Long> version(MemberId candidate) {
        return row(entityManager(), candidate).map(LeaderLogEntity::version);
    }

    private Optional<LeaderLogEntity> row(EntityManager entityManager, MemberId candidate) {
        return select(entityManager, "e.candidateId = :candidate", "")
                .setParameter("candidate", candidate.value())
                .getResultStream()
                .findFirst();
    }

    private EntityManager entityManager() {
        return Objects.requireNonNull(currentEntityManager.get(), "there is no current entity manager");
    }
}
