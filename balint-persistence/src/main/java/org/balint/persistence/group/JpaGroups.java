package org.balint.persistence.group;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.Groups;
import org.balint.core.validation.InvalidInputException;
import org.balint.core.validation.Violation;
import org.balint.persistence.integrity.Constraints;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;

/**
 * One tenant's group series, stored with Jakarta Persistence: the {@link Groups} port of the core.
 *
 * <p>The adapter works in the caller's transaction: it takes the current {@link EntityManager} from
 * the supplier on every call and never begins, commits or rolls back a transaction. A group read with
 * {@link #find} and saved with {@link #save} in the same transaction is version-checked: if another
 * transaction changed the group in between, the save is refused with {@link org.balint.persistence.integrity.EditConflict}
 * (reason {@code group-changed-concurrently}) instead of overwriting that change. Saving a group that
 * equals the stored one writes nothing.
 *
 * <p>A write the database refuses surfaces as an
 * {@link org.balint.persistence.integrity.IntegrityViolation} with a reason code: for example
 * {@code group-created-concurrently} when another transaction stored a new group with the same id at
 * the same moment, or {@code member-already-in-group} if a member would be stored twice in one group.
 * The transaction is then marked for rollback, so nothing is half-stored.
 */
public final class JpaGroups extends TenantScopedRepository<GroupEntity> implements Groups {

    static final Violation MEMBER_TWICE = Violation.of("member-already-in-group",
            "This person is already a member of this group: a member is listed once per group; nothing was stored.");

    static final Violation CHANGED = Violation.of("group-changed-concurrently",
            "Someone else changed this group after it was loaded; nothing was stored. Reload the group and make the change again.");

    static final Constraints CONSTRAINTS = Constraints
            .named("uq_group_series_key", Violation.of("group-created-concurrently",
                    "Another change created a group with the same id at the same moment; nothing was stored. Reload the group and try again."))
            .and("uq_group_member", MEMBER_TWICE)
            .and("uq_group_session_number", Violation.of("session-stored-twice",
                    "The group's schedule would list the same session number twice; nothing was stored."))
            .and("uq_group_faculty_role", Violation.of("faculty-role-stored-twice",
                    "The same person would hold the same faculty role twice in this group; nothing was stored."))
            .and("fk_group_series_tenant", Violation.of("unknown-tenant",
                    "The group belongs to a tenant that is not registered (any more); nothing was stored."))
            .andEditConflict(CHANGED);

    private final Supplier<EntityManager> entityManager;

    /**
     * The groups of {@code scope}'s tenant.
     *
     * @param entityManager the entity manager of the caller's current transaction
     */
    public JpaGroups(TenantScope scope, Supplier<EntityManager> entityManager) {
        super(scope, GroupEntity.class);
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    @Override
    public Optional<BalintGroup> find(GroupId id) {
        Objects.requireNonNull(id, "id");
        return stored(currentEntityManager(), id).map(GroupMapper::toGroup);
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidInputException when a value is longer than its column holds (reason
     *     {@code too-long-to-store}, one violation per value); nothing is written then
     * @throws org.balint.persistence.integrity.EditConflict when another transaction changed the group since this transaction
     *     read it
     * @throws org.balint.persistence.integrity.IntegrityViolation when the database refuses the write
     */
    @Override
    public void save(BalintGroup group) {
        Objects.requireNonNull(group, "group");
        List<Violation> tooLong = GroupMapper.tooLongToStore(group);
        if (!tooLong.isEmpty()) {
            throw new InvalidInputException(tooLong);
        }
        EntityManager em = currentEntityManager();
        Optional<GroupEntity> existing = stored(em, group.id());
        if (existing.isPresent()) {
            GroupEntity entity = existing.get();
            if (GroupMapper.write(scope(), group, entity)) {
                em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
        } else {
            GroupEntity entity = new GroupEntity(scope(), group.id().value());
            GroupMapper.write(scope(), group, entity);
            persist(em, entity);
        }
        CONSTRAINTS.flush(em);
    }

    /**
     * {@inheritDoc} Here: the row is inserted without looking for an existing one, so the database's
     * unique key decides between concurrent creations.
     *
     * @throws org.balint.persistence.integrity.IntegrityViolation with reason
     *     {@code group-created-concurrently} when a group with this id is stored for the tenant, by an
     *     earlier or a concurrent transaction; the transaction is then marked for rollback
     */
    @Override
    public void add(BalintGroup group) {
        Objects.requireNonNull(group, "group");
        List<Violation> tooLong = GroupMapper.tooLongToStore(group);
        if (!tooLong.isEmpty()) {
            throw new InvalidInputException(tooLong);
        }
        EntityManager em = currentEntityManager();
        GroupEntity entity = new GroupEntity(scope(), group.id().value());
        GroupMapper.write(scope(), group, entity);
        persist(em, entity);
        CONSTRAINTS.flush(em);
    }

    /** The version of the stored group: it grows with every change. For tests and diagnostics. */
    Optional<Long> version(GroupId id) {
        return stored(currentEntityManager(), id).map(GroupEntity::version);
    }

    private Optional<GroupEntity> stored(EntityManager em, GroupId id) {
        return select(em, "e.groupKey = :key", "").setParameter("key", id.value()).getResultStream().findFirst();
    }

    private EntityManager currentEntityManager() {
        return Objects.requireNonNull(entityManager.get(), "the entity manager supplier returned none");
    }

    /**
     * When each of this tenant's stored series ends: the end of its last session. For the retention
     * purge, which removes a group's personal data a retention period after its series ended.
     */
    public java.util.Map<GroupId, java.time.Instant> seriesEnds() {
        java.util.Map<GroupId, java.time.Instant> ends = new java.util.LinkedHashMap<>();
        for (GroupEntity group : select(currentEntityManager(), "e.id IS NOT NULL", "e.id").getResultList()) {
            group.sessions.stream()
                    .map(session -> session.startsAt.plusSeconds(session.durationSeconds))
                    .max(java.util.Comparator.naturalOrder())
                    .ifPresent(end -> ends.put(new GroupId(group.groupKey()), end));
        }
        return ends;
    }

    /**
     * Deletes the stored group {@code id} with its schedule, faculty and members, for the retention
     * purge (records that refer to the group must be deleted first: the database refuses otherwise).
     *
     * @return how many members the deleted group had, or empty when no such group is stored
     */
    public java.util.OptionalInt purge(GroupId id) {
        Objects.requireNonNull(id, "id");
        EntityManager em = currentEntityManager();
        Optional<GroupEntity> stored = stored(em, id);
        if (stored.isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        int members = stored.get().members.size();
        em.remove(stored.get());
        CONSTRAINTS.flush(em);
        return java.util.OptionalInt.of(members);
    }
}
