package org.balint.persistence.evaluation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.balint.core.evaluation.EvaluationForm;
import org.balint.core.group.GroupId;
import org.balint.core.validation.Violation;
import org.balint.persistence.integrity.Constraints;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;

/**
 * One tenant's evaluation forms, one per group, stored in tables {@code evaluation_form},
 * {@code evaluation_form_objective} and {@code evaluation_form_anchor}: the group's learning
 * objectives, its rating scale and when the form closes.
 *
 * <p>The core has no port for forms (it receives the form from its caller); this is where the
 * application keeps them. Saving a group's form again changes the stored one in place and increments
 * its version, so of two leaders editing the same form at once exactly one succeeds and the other's
 * transaction ends in an {@link jakarta.persistence.OptimisticLockException}.
 *
 * <p>Every method works in the transaction of the entity manager {@code currentEntityManager} supplies
 * and never begins or ends one.
 */
public final class JpaEvaluationForms extends TenantScopedRepository<EvaluationFormEntity> {

    static final Constraints CONSTRAINTS = Constraints
            .named("uq_evaluation_form_group", Violation.of("evaluation-form-defined-concurrently",
                    "An evaluation form for this group was defined by someone else at the same moment; a group has one form,"
                            + " so this one was not stored. Reload the group's form and edit it."))
            .and("fk_evaluation_form_group", Violation.of("unknown-group",
                    "The evaluation form is for a group series that is not stored for this institution; store the group first. Nothing was stored."))
            .and("fk_evaluation_form_tenant", Violation.of("unknown-tenant",
                    "The evaluation form belongs to a tenant that is not registered (any more); nothing was stored."));

    private final Supplier<EntityManager> currentEntityManager;

    /**
     * The evaluation forms of {@code scope}'s tenant.
     *
     * @param currentEntityManager the entity manager of the caller's current transaction
     */
    public JpaEvaluationForms(TenantScope scope, Supplier<EntityManager> currentEntityManager) {
        super(scope, EvaluationFormEntity.class);
        this.currentEntityManager = Objects.requireNonNull(currentEntityManager, "currentEntityManager");
    }

    /** The evaluation form of {@code group}, if one was defined. */
    public Optional<EvaluationForm> find(GroupId group) {
        Objects.requireNonNull(group, "group");
        return row(entityManager(), group).map(EvaluationFormMapper::toCore);
    }

    /**
     * Stores {@code form} as its group's evaluation form, replacing the group's earlier form.
     *
     * @throws org.balint.persistence.integrity.IntegrityViolation with reason
     *     {@code evaluation-form-defined-concurrently} when another transaction defined the group's
     *     first form at the same moment; the transaction is then marked for rollback
     */
    public void save(EvaluationForm form) {
        Objects.requireNonNull(form, "form");
        EntityManager entityManager = entityManager();
        Optional<EvaluationFormEntity> stored = row(entityManager, form.group());
        if (stored.isPresent()) {
            EvaluationFormEntity entity = stored.get();
            if (EvaluationFormMapper.toCore(entity).equals(EvaluationFormMapper.storable(scope(), form))) {
                return;
            }
            EvaluationFormMapper.apply(scope(), form, entity);
            entityManager.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        } else {
            persist(entityManager, EvaluationFormMapper.toEntity(scope(), form));
        }
        CONSTRAINTS.flush(entityManager);
    }

    /** The stored version of {@code group}'s form: 1 when first stored, one more for every change. */
    Optional<Long> version(GroupId group) {
        return row(entityManager(), group).map(EvaluationFormEntity::version);
    }

    private Optional<EvaluationFormEntity> row(EntityManager entityManager, GroupId group) {
        return select(entityManager, "e.groupId = :group", "")
                .setParameter("group", group.value())
                .getResultStream()
                .findFirst();
    }

    private EntityManager entityManager() {
        return Objects.requireNonNull(currentEntityManager.get(), "there is no current entity manager");
    }

    /** Deletes {@code group}'s evaluation form, for the retention purge; returns 1 if there was one, else 0. */
    public int purge(GroupId group) {
        Objects.requireNonNull(group, "group");
        EntityManager em = entityManager();
        Optional<EvaluationFormEntity> stored = row(em, group);
        stored.ifPresent(em::remove);
        CONSTRAINTS.flush(em);
        return stored.isPresent() ? 1 : 0;
    }
}
