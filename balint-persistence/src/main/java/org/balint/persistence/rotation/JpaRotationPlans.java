package org.balint.persistence.rotation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.balint.core.group.GroupId;
import org.balint.core.rotation.PublishedPlan;
import org.balint.core.rotation.RotationPlans;
import org.balint.core.validation.Violation;
import org.balint.persistence.integrity.Constraints;
import org.balint.persistence.integrity.EditConflict;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;

/**
 * One tenant's rotation plans, stored in tables {@code rotation_plan} and {@code rotation_plan_slot}:
 * the {@link RotationPlans} of the groups' leaders. Only who presents in which session is stored, with
 * who published the plan and when; never any case content.
 *
 * <p>A group has one current plan (the unique constraint {@code uq_rotation_plan_group}). Saving a
 * re-plan changes the stored plan in place and increments its version. The version read with the plan
 * is checked when the re-plan is written: when two leaders load the same group's plan and both re-plan,
 * the first save wins and the second ends in an
 * {@link org.balint.persistence.integrity.EditConflict} with reason {@code rotation-edited-concurrently},
 * its transaction marked for rollback, so nobody overwrites a plan they have not seen.
 *
 * <p>Every method works in the transaction of the entity manager {@code currentEntityManager} supplies
 * and never begins or ends one; the version check covers what that transaction read.
 */
public final class JpaRotationPlans extends TenantScopedRepository<RotationPlanEntity> implements RotationPlans {

    /** The reason a leader's re-plan is refused when another leader changed the plan first. */
    public static final Violation EDITED_CONCURRENTLY = Violation.of("rotation-edited-concurrently",
            "Another leader changed this rotation plan while you were editing it; your plan was not stored."
                    + " Reload the rotation and re-plan.");

    static final Constraints CONSTRAINTS = Constraints
            .named("uq_rotation_plan_group", Violation.of("rotation-published-concurrently",
                    "Another leader published a rotation for this group at the same moment; your plan was not stored."
                            + " Reload the rotation and re-plan from the one now in force."))
            .and("uq_rotation_plan_slot", Violation.of("duplicate-rotation-slot",
                    "The plan lists the same member twice in one session; nothing was stored."))
            .and("fk_rotation_plan_group", Violation.of("unknown-group",
                    "The rotation plan is for a group series that is not stored for this institution; store the group first. Nothing was stored."))
            .and("fk_rotation_plan_tenant", Violation.of("unknown-tenant",
                    "The rotation plan belongs to a tenant that is not registered (any more); nothing was stored."))
            .andEditConflict(EDITED_CONCURRENTLY);

    private final Supplier<EntityManager> currentEntityManager;

    /**
     * The rotation plans of {@code scope}'s tenant.
     *
     * @param currentEntityManager the entity manager of the caller's current transaction
     */
    public JpaRotationPlans(TenantScope scope, Supplier<EntityManager> currentEntityManager) {
        super(scope, RotationPlanEntity.class);
        this.currentEntityManager = Objects.requireNonNull(currentEntityManager, "currentEntityManager");
    }

    @Override
    public Optional<PublishedPlan> find(GroupId group) {
        Objects.requireNonNull(group, "group");
        return row(entityManager(), group).map(RotationPlanMapper::toCore);
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.balint.persistence.integrity.EditConflict with reason
     *     {@code rotation-edited-concurrently} when another transaction changed the group's plan since
     *     this transaction read it, or when {@code plan} was not planned from the plan now in force (a
     *     leader re-planned from a plan that another leader has since replaced, or published a first
     *     plan after another leader published one); the transaction is then marked for rollback
     * @throws org.balint.persistence.integrity.IntegrityViolation with reason
     *     {@code rotation-published-concurrently} when another transaction stored the group's first
     *     plan at the same moment; the transaction is then marked for rollback
     */
    @Override
    public void save(GroupId group, PublishedPlan plan) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(plan, "plan");
        EntityManager entityManager = entityManager();
        Optional<RotationPlanEntity> stored = row(entityManager, group);
        if (stored.isPresent()) {
            RotationPlanEntity entity = stored.get();
            PublishedPlan inForce = RotationPlanMapper.toCore(entity);
            if (inForce.equals(RotationPlanMapper.storable(scope(), group, plan))) {
                return;
            }
            if (!plan.plannedFrom(Optional.of(inForce))) {
                Constraints.markForRollback(entityManager);
                throw EditConflict.of(EDITED_CONCURRENTLY, null);
            }
            RotationPlanMapper.apply(scope(), plan, entity);
            entityManager.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        } else {
            persist(entityManager, RotationPlanMapper.toEntity(scope(), group, plan));
        }
        CONSTRAINTS.flush(entityManager);
    }

    /** The stored version of {@code group}'s plan: 1 when first stored, one more for every re-plan. */
    Optional<Long> version(GroupId group) {
        return row(entityManager(), group).map(RotationPlanEntity::version);
    }

    /** The rows of {@code group}'s plan, as this transaction sees them. */
    Optional<RotationPlanEntity> rows(GroupId group) {
        return row(entityManager(), group);
    }

    private Optional<RotationPlanEntity> row(EntityManager entityManager, GroupId group) {
        return select(entityManager, "e.groupId = :group", "")
                .setParameter("group", group.value())
                .getResultStream()
                .findFirst();
    }

    private EntityManager entityManager() {
        return Objects.requireNonNull(currentEntityManager.get(), "there is no current entity manager");
    }

    /** Deletes {@code group}'s rotation plan, for the retention purge; returns 1 if there was one, else 0. */
    public int purge(GroupId group) {
        Objects.requireNonNull(group, "group");
        EntityManager em = entityManager();
        Optional<RotationPlanEntity> stored = row(em, group);
        stored.ifPresent(em::remove);
        CONSTRAINTS.flush(em);
        return stored.isPresent() ? 1 : 0;
    }
}
