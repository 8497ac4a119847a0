package org.balint.persistence.grievance;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Locale;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.balint.core.grievance.Grievance;
import org.balint.core.grievance.GrievanceId;
import org.balint.core.grievance.GrievanceStore;
import org.balint.core.certificate.RecordRetention;
import org.balint.core.group.GroupId;
import org.balint.core.validation.Violation;
import org.balint.persistence.integrity.Constraints;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;

/**
 * One tenant's grievances, stored in tables {@code grievance} and {@code grievance_audit_entry}: the
 * {@link GrievanceStore} of {@link org.balint.core.grievance.GrievanceDesk}.
 *
 * <p>References are issued per tenant as {@code GRV-00001}, {@code GRV-00002} … ({@link #nextId()}),
 * and a reference names one grievance of the tenant (the unique constraint
 * {@code uq_grievance_reference}). Saving a grievance again changes the stored one in place and
 * increments its version, so of two chairs' steps racing on one grievance exactly one is stored and the
 * other's transaction ends in an {@link jakarta.persistence.OptimisticLockException}.
 *
 * <p>Every method works in the transaction of the entity manager {@code currentEntityManager} supplies
 * and never begins or ends one. The grievance text and the resolution note are stored as written; this
 * adapter never logs them nor puts them into an exception message.
 */
public final class JpaGrievanceStore extends TenantScopedRepository<GrievanceEntity> implements GrievanceStore {

    static final Constraints CONSTRAINTS = Constraints
            .named("uq_grievance_reference", Violation.of("grievance-reference-taken",
                    "Another grievance with the same reference was stored at the same moment; a reference names one grievance,"
                            + " so this one was not stored. File it again to receive a new reference."))
            .and("uq_grievance_audit_entry", Violation.of("grievance-audit-entry-taken",
                    "Another step of this grievance was recorded at the same moment; this step was not stored."
                            + " Reload the grievance and take the step again if it is still needed."))
            .and("fk_grievance_tenant", Violation.of("unknown-tenant",
                    "The grievance belongs to a tenant that is not registered (any more); nothing was stored."));

    private static final String PREFIX = "GRV-";

    private final Supplier<EntityManager> currentEntityManager;
    private final GrievanceReferences references;

    /**
     * The grievances of {@code scope}'s tenant.
     *
     * @param currentEntityManager the entity manager of the caller's current transaction
     */
    public JpaGrievanceStore(TenantScope scope, Supplier<EntityManager> currentEntityManager) {
        super(scope, GrievanceEntity.class);
        this.currentEntityManager = Objects.requireNonNull(currentEntityManager, "currentEntityManager");
        this.references = new GrievanceReferences(scope);
    }

    /**
     * {@inheritDoc} Here: the tenant's next number, as {@code GRV-00042}; numbers are skipped only when
     * a reference is already taken by a stored grievance.
     *
     * @throws org.balint.persistence.integrity.IntegrityViolation with reason
     *     {@code grievance-reference-issued-concurrently} when two transactions issue the tenant's very
     *     first reference at the same moment; the transaction is then marked for rollback
     */
    @Override
    public GrievanceId nextId() {
        EntityManager entityManager = entityManager();
        GrievanceId id;
        do {
            id = new GrievanceId(PREFIX + String.format(Locale.ROOT, "%05d", references.issue(entityManager)));
        } while (row(entityManager, id).isPresent());
        return id;
    }

    @Override
    public Optional<Grievance> find(GrievanceId id) {
        Objects.requireNonNull(id, "id");
        return row(entityManager(), id).map(GrievanceMapper::toCore);
    }

    /** {@inheritDoc} Here: oldest first. */
    @Override
    public List<Grievance> forGroup(GroupId group) {
        Objects.requireNonNull(group, "group");
        return select(entityManager(), "e.groupId = :group", "e.receivedAt, e.reference")
                .setParameter("group", group.value())
                .setHint("eclipselink.batch", "e.trail")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream()
                .map(GrievanceMapper::toCore)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Every grievance of the tenant, whatever its group, oldest first: the committee chair's queue. Never
     * another tenant's.
     */
    public List<Grievance> all() {
        return select(entityManager(), "e.receivedAt IS NOT NULL", "e.receivedAt, e.reference")
                .setHint("eclipselink.batch", "e.trail")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream()
                .map(GrievanceMapper::toCore)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.balint.persistence.integrity.IntegrityViolation with reason
     *     {@code grievance-reference-taken} when another transaction stored a grievance with the same
     *     reference at the same moment; the transaction is then marked for rollback
     */
    @Override
    public void save(Grievance grievance) {
        Objects.requireNonNull(grievance, "grievance");
        EntityManager entityManager = entityManager();
        Optional<GrievanceEntity> stored = row(entityManager, grievance.id());
        if (stored.isPresent()) {
            GrievanceEntity entity = stored.get();
            if (GrievanceMapper.toCore(entity).equals(GrievanceMapper.storable(scope(), grievance))) {
                return;
            }
            GrievanceMapper.apply(scope(), grievance, entity);
            entityManager.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        } else {
            persist(entityManager, GrievanceMapper.toEntity(scope(), grievance));
        }
        CONSTRAINTS.flush(entityManager);
    }

    /**
     * Deletes, with their audit trails, the tenant's grievances that were resolved longer ago than
     * {@code retention} at {@code at}, for the retention purge; returns how many. Grievances still
     * received or acknowledged are never deleted, however old.
     */
    public int purgeResolvedPastRetention(RecordRetention retention, Instant at) {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(at, "at");
        EntityManager entityManager = entityManager();
        List<GrievanceEntity> past = select(entityManager, "e.resolvedAt IS NOT NULL AND e.resolvedAt <= :at", "")
                .setParameter("at", at)
                .getResultStream()
                .filter(entity -> retention.isPastRetention(entity.resolvedAt(), at))
                .collect(Collectors.toList());
        past.forEach(entityManager::remove);
        CONSTRAINTS.flush(entityManager);
        return past.size();
    }

    /** The stored version of grievance {@code id}: 1 when first stored, one more for every change. */
    Optional<Long> version(GrievanceId id) {
        return row(entityManager(), id).map(GrievanceEntity::version);
    }

    private Optional<GrievanceEntity> row(EntityManager entityManager, GrievanceId id) {
        return select(entityManager, "e.reference = :reference", "")
                .setParameter("reference", id.value())
                .getResultStream()
                .findFirst();
    }

    private EntityManager entityManager() {
        return Objects.requireNonNull(currentEntityManager.get(), "there is no current entity manager");
    }
}
