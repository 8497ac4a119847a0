package org.balint.persistence.registration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.balint.core.group.GroupId;
import org.balint.core.registration.GroupRegistrations;
import org.balint.core.registration.Registrations;
import org.balint.core.validation.InvalidInputException;
import org.balint.core.validation.Violation;
import org.balint.persistence.integrity.Constraints;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;

/**
 * One tenant's group registrations, stored with Jakarta Persistence: the {@link Registrations} port
 * of the core. Registrations come back in the order they were submitted, the waitlist in its order,
 * each registration with its state, attestations, decline reasons and full audit trail.
 *
 * <p>The adapter works in the caller's transaction: it takes the current {@link EntityManager} from
 * the supplier on every call and never begins, commits or rolls back a transaction. Registrations are
 * stored only for a group that is stored (through {@link org.balint.persistence.group.JpaGroups}), and
 * are version-checked as a whole: if another transaction changed the group's registrations after this
 * transaction read them, the save is refused with {@link org.balint.persistence.integrity.EditConflict} (reason
 * {@code registrations-changed-concurrently}) instead of overwriting that change.
 *
 * <p>The database itself makes a double registration impossible: one person has at most one
 * registration per group and tenant. A write it refuses surfaces as an
 * {@link org.balint.persistence.integrity.IntegrityViolation} with a reason code
 * ({@code already-registered}, {@code registrations-created-concurrently}, {@code group-not-stored}),
 * and the transaction is marked for rollback, so nothing is half-stored.
 */
public final class JpaRegistrations extends TenantScopedRepository<GroupRegistrationsEntity> implements Registrations {

    static final Violation ALREADY_REGISTERED = Violation.of("already-registered",
            "The member is already registered in this group: a person registers once per group; nothing was stored."
                    + " Reload the group's registrations to see the registration that exists.");

    static final Violation CHANGED = Violation.of("registrations-changed-concurrently",
            "Someone else changed this group's registrations after they were loaded; nothing was stored. Reload them and try again.");

    static final Constraints CONSTRAINTS = Constraints
            .named("uq_registration_registrant", ALREADY_REGISTERED)
            .and("uq_group_registrations_group", Violation.of("registrations-created-concurrently",
                    "Another change stored the first registrations for this group at the same moment; nothing was stored."
                            + " Reload the group's registrations and try again."))
            .and("fk_group_registrations_group", Violation.of("group-not-stored",
                    "Registrations can only be stored for a group that is stored; store the group first. Nothing was stored."))
            .and("uq_registration_audit_entry", Violation.of("audit-entry-stored-twice",
                    "A registration's audit trail would have two entries in the same place; nothing was stored."))
            .and("uq_registration_decline_reason", Violation.of("decline-reason-stored-twice",
                    "A declined registration would have two reasons in the same place; nothing was stored."))
            .andEditConflict(CHANGED);

    private final Supplier<EntityManager> entityManager;

    /**
     * The registrations of {@code scope}'s tenant.
     *
     * @param entityManager the entity manager of the caller's current transaction
     */
    public JpaRegistrations(TenantScope scope, Supplier<EntityManager> entityManager) {
        super(scope, GroupRegistrationsEntity.class);
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** {@inheritDoc} Empty as well when the group is stored with no registration (or is not stored at all). */
    @Override
    public Optional<GroupRegistrations> forGroup(GroupId group) {
        Objects.requireNonNull(group, "group");
        return stored(currentEntityManager(), group)
                .filter(entity -> !entity.registrations.isEmpty())
                .map(RegistrationsMapper::toRegistrations);
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidInputException when a value is longer than its column holds (reason
     *     {@code too-long-to-store}, one violation per value); nothing is written then
     * @throws org.balint.persistence.integrity.EditConflict when another transaction changed the group's registrations since
     *     this transaction read them
     * @throws org.balint.persistence.integrity.IntegrityViolation when the database refuses the write
     */
    @Override
    public void save(GroupRegistrations registrations) {
        Objects.requireNonNull(registrations, "registrations");
        List<Violation> tooLong = RegistrationsMapper.tooLongToStore(registrations);
        if (!tooLong.isEmpty()) {
            throw new InvalidInputException(tooLong);
        }
        EntityManager em = currentEntityManager();
        Optional<GroupRegistrationsEntity> existing = stored(em, registrations.group());
        if (existing.isPresent()) {
            GroupRegistrationsEntity entity = existing.get();
            if (RegistrationsMapper.write(scope(), registrations, entity)) {
                em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
        } else if (!registrations.all().isEmpty()) {
            GroupRegistrationsEntity entity = new GroupRegistrationsEntity(scope(), registrations.group().value());
            RegistrationsMapper.write(scope(), registrations, entity);
            persist(em, entity);
        }
        CONSTRAINTS.flush(em);
    }

    /** The version of the group's stored registrations: it grows with every change. For tests and diagnostics. */
    Optional<Long> version(GroupId group) {
        return stored(currentEntityManager(), group).map(GroupRegistrationsEntity::version);
    }

    private Optional<GroupRegistrationsEntity> stored(EntityManager em, GroupId group) {
        // Load every registration's reasons and audit trail in one query each rather than one per
        // registration (EclipseLink batch reading; other providers ignore the hints).
        return select(em, "e.groupKey = :key", "").setParameter("key", group.value())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.registrations.history")
                .setHint("eclipselink.batch", "e.registrations.declineReasons")
                .getResultStream().findFirst();
    }

    private EntityManager currentEntityManager() {
        return Objects.requireNonNull(entityManager.get(), "the entity manager supplier returned none");
    }

    /**
     * Deletes every registration for {@code group}, with their decline reasons and audit trails, for
     * the retention purge.
     *
     * @return how many registrations and how many audit entries were deleted, in that order
     */
    public int[] purge(GroupId group) {
        Objects.requireNonNull(group, "group");
        EntityManager em = currentEntityManager();
        Optional<GroupRegistrationsEntity> stored = stored(em, group);
        if (stored.isEmpty()) {
            return new int[] {0, 0};
        }
        int registrations = stored.get().registrations.size();
        int audit = stored.get().registrations.stream().mapToInt(registration -> registration.history.size()).sum();
        em.remove(stored.get());
        CONSTRAINTS.flush(em);
        return new int[] {registrations, audit};
    }
}
