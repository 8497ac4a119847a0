package org.balint.persistence.rotation;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.balint.core.group.GroupId;
import org.balint.core.rotation.RotationDesk;
import org.balint.core.rotation.RotationDesks;
import org.balint.core.validation.Violation;
import org.balint.persistence.integrity.Constraints;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;

/**
 * One tenant's rotation desks, stored in table {@code rotation_desk_entry}: each group's unpublished
 * rotation changes and its members' swap requests. Saving a desk replaces the group's rows. Only who
 * presents in which session is stored; never any case content and no free text.
 *
 * <p>Every method works in the transaction of the entity manager {@code currentEntityManager} supplies
 * and never begins or ends one.
 */
public final class JpaRotationDesks extends TenantScopedRepository<RotationDeskEntryEntity> implements RotationDesks {

    static final Constraints CONSTRAINTS = Constraints
            .named("uq_rotation_desk_entry_position", Violation.of("rotation-desk-changed-concurrently",
                    "Another leader changed this group's rotation at the same moment; nothing was stored."
                            + " Reload the rotation and make your change again."))
            .and("fk_rotation_desk_entry_group", Violation.of("unknown-group",
                    "The rotation desk is for a group series that is not stored for this institution; nothing was stored."))
            .and("fk_rotation_desk_entry_tenant", Violation.of("unknown-tenant",
                    "The rotation desk belongs to a tenant that is not registered (any more); nothing was stored."));

    private final Supplier<EntityManager> currentEntityManager;

    /**
     * The rotation desks of {@code scope}'s tenant.
     *
     * @param currentEntityManager the entity manager of the caller's current transaction
     */
    public JpaRotationDesks(TenantScope scope, Supplier<EntityManager> currentEntityManager) {
        super(scope, RotationDeskEntryEntity.class);
        this.currentEntityManager = Objects.requireNonNull(currentEntityManager, "currentEntityManager");
    }

    @Override
    public RotationDesk find(GroupId group) {
        Objects.requireNonNull(group, "group");
        return RotationDeskMapper.toCore(rows(entityManager(), group));
    }

    @Override
    public void save(GroupId group, RotationDesk desk) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(desk, "desk");
        EntityManager em = entityManager();
        rows(em, group).forEach(em::remove);
        em.flush();
        RotationDeskMapper.toEntities(scope(), group.value(), desk).forEach(row -> persist(em, row));
        CONSTRAINTS.flush(em);
    }

    /** Deletes {@code group}'s desk, for the retention purge; returns how many entries there were. */
    public int purge(GroupId group) {
        Objects.requireNonNull(group, "group");
        EntityManager em = entityManager();
        List<RotationDeskEntryEntity> rows = rows(em, group);
        rows.forEach(em::remove);
        CONSTRAINTS.flush(em);
        return rows.size();
    }

    private List<RotationDeskEntryEntity> rows(EntityManager em, GroupId group) {
        return select(em, "e.groupId = :group", "e.kind, e.position").setParameter("group", group.value())
                .getResultList();
    }

    private EntityManager entityManager() {
        return Objects.requireNonNull(currentEntityManager.get(), "there is no current entity manager");
    }
}
