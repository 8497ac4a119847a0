package org.balint.persistence.evaluation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.balint.core.evaluation.Evaluation;
import org.balint.core.evaluation.EvaluationStore;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;
import org.balint.persistence.integrity.Constraints;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;

/**
 * One tenant's evaluations, stored in tables {@code evaluation} and {@code evaluation_rating}: the
 * {@link EvaluationStore} of {@link org.balint.core.evaluation.GroupEvaluations}.
 *
 * <p>A member has one evaluation per group: saving a member's evaluation again changes the stored one
 * in place and increments its version, so of two submissions racing from two sessions exactly one
 * is stored and the other ends in an {@link jakarta.persistence.OptimisticLockException} (or, if both
 * were the member's first, an {@link org.balint.persistence.integrity.IntegrityViolation} with reason
 * {@code evaluation-submitted-concurrently}); either way the caller's transaction is rolled back.
 *
 * <p>Every method works in the transaction of the entity manager {@code currentEntityManager} supplies
 * and never begins or ends one. Comments are stored as the member wrote them; this adapter never logs
 * them nor puts them into an exception message.
 */
public final class JpaEvaluationStore extends TenantScopedRepository<EvaluationEntity> implements EvaluationStore {

    static final Constraints CONSTRAINTS = Constraints
            .named("uq_evaluation_group_member", Violation.of("evaluation-submitted-concurrently",
                    "This member's evaluation of the group was submitted twice at the same moment; a member has one evaluation"
                            + " per group, so this submission was not stored. Reload the evaluation and submit again."))
            .and("uq_evaluation_rating_objective", Violation.of("objective-rated-twice",
                    "The evaluation rates the same learning objective twice; nothing was stored. Rate each objective once."))
            .and("fk_evaluation_group", Violation.of("unknown-group",
                    "The evaluation is for a group series that is not stored for this institution; store the group first. Nothing was stored."))
            .and("fk_evaluation_tenant", Violation.of("unknown-tenant",
                    "The evaluation belongs to a tenant that is not registered (any more); nothing was stored."));

    private final Supplier<EntityManager> currentEntityManager;

    /**
     * The evaluations of {@code scope}'s tenant.
     *
     * @param currentEntityManager the entity manager of the caller's current transaction (in a
     *     container, the injected one)
     */
    public JpaEvaluationStore(TenantScope scope, Supplier<EntityManager> currentEntityManager) {
        super(scope, EvaluationEntity.class);
        this.currentEntityManager = Objects.requireNonNull(currentEntityManager, "currentEntityManager");
    }

    @Override
    public Optional<Evaluation> find(GroupId group, MemberId member) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        return row(entityManager(), group, member).map(EvaluationMapper::toCore);
    }

    /** {@inheritDoc} Here: ordered by member id. */
    @Override
    public List<Evaluation> forGroup(GroupId group) {
        Objects.requireNonNull(group, "group");
        return select(entityManager(), "e.groupId = :group", "e.memberId")
                .setParameter("group", group.value())
                .setHint("eclipselink.batch", "e.ratings")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream()
                .map(EvaluationMapper::toCore)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.balint.persistence.integrity.IntegrityViolation when the database refuses the
     *     evaluation (see the class description); the transaction is then marked for rollback
     */
    @Override
    public void save(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        EntityManager entityManager = entityManager();
        Optional<EvaluationEntity> stored = row(entityManager, evaluation.group(), evaluation.member());
        if (stored.isPresent()) {
            EvaluationEntity entity = stored.get();
            if (EvaluationMapper.toCore(entity).equals(EvaluationMapper.storable(scope(), evaluation))) {
                return;
            }
            EvaluationMapper.apply(scope(), evaluation, entity);
            entityManager.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        } else {
            persist(entityManager, EvaluationMapper.toEntity(scope(), evaluation));
        }
        CONSTRAINTS.flush(entityManager);
    }

    /** The stored version of {@code member}'s evaluation of {@code group}: 1 when first stored, one more for every change. */
    Optional<Long> version(GroupId group, MemberId member) {
        return row(entityManager(), group, member).map(EvaluationEntity::version);
    }

    private Optional<EvaluationEntity> row(EntityManager entityManager, GroupId group, MemberId member) {
        return select(entityManager, "e.groupId = :group AND e.memberId = :member", "")
                .setParameter("group", group.value())
                .setParameter("member", member.value())
                .getResultStream()
                .findFirst();
    }

    private EntityManager entityManager() {
        return Objects.requireNonNull(currentEntityManager.get(), "there is no current entity manager");
    }

    /** Deletes every member's evaluation of {@code group}, for the retention purge; returns how many. */
    public int purge(GroupId group) {
        Objects.requireNonNull(group, "group");
        EntityManager em = entityManager();
        List<EvaluationEntity> stored = select(em, "e.groupId = :group", "e.id").setParameter("group", group.value()).getResultList();
        stored.forEach(em::remove);
        CONSTRAINTS.flush(em);
        return stored.size();
    }
}
