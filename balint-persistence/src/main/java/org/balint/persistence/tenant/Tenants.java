package org.balint.persistence.tenant;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.core.validation.Violation;
import org.balint.persistence.integrity.Constraints;

/**
 * The register of tenants: which LMS platform deployments Balint keeps records for. A deployment is
 * registered the first time it launches Balint; from then on its {@link TenantScope} binds every
 * adapter that touches its records.
 */
public final class Tenants {

    static final Constraints CONSTRAINTS = Constraints.named("uq_tenant_platform_deployment",
            Violation.of("tenant-registered-concurrently",
                    "This LMS platform deployment was being registered by another request at the same moment; nothing was"
                            + " stored. Try again: the registration that won will be used."));

    private final Clock clock;

    public Tenants(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The scope of {@code tenant}, registering it now if Balint has not seen it before. Registering
     * is idempotent: a tenant that exists is returned as it is.
     *
     * @throws org.balint.persistence.integrity.IntegrityViolation with reason
     *     {@code tenant-registered-concurrently} when another transaction registered the same tenant
     *     at the same moment; retrying the transaction finds that registration
     */
    public TenantScope register(EntityManager entityManager, Tenant tenant) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(tenant, "tenant");
        Optional<TenantScope> existing = find(entityManager, tenant);
        if (existing.isPresent()) {
            return existing.get();
        }
        TenantEntity entity = new TenantEntity(tenant, clock.instant());
        entityManager.persist(entity);
        CONSTRAINTS.flush(entityManager);
        return entity.toScope();
    }

    /** The scope of {@code tenant}, if it is registered. */
    public Optional<TenantScope> find(EntityManager entityManager, Tenant tenant) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(tenant, "tenant");
        return entityManager.createQuery(
                        "SELECT t FROM Tenant t WHERE t.platformIssuer = :issuer AND t.deploymentId = :deployment", TenantEntity.class)
                .setParameter("issuer", tenant.platformIssuer())
                .setParameter("deployment", tenant.deploymentId())
                .getResultStream()
                .findFirst()
                .map(TenantEntity::toScope);
    }

    /**
     * Every registered tenant, in the order they were registered: for work that visits each tenant
     * in turn, such as delivering each tenant's outbox.
     */
    public List<TenantScope> all(EntityManager entityManager) {
        Objects.requireNonNull(entityManager, "entityManager");
        return entityManager.createQuery("SELECT t FROM Tenant t ORDER BY t.id", TenantEntity.class)
                .getResultStream()
                .map(TenantEntity::toScope)
                .collect(Collectors.toUnmodifiableList());
    }
}
