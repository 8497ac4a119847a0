package org.balint.persistence.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/**
 * The base of every entity whose rows belong to a tenant: it maps the {@code tenant_id} column, set
 * once from the {@link TenantScope} the row is created in and never changed afterwards.
 * {@link TenantScopedRepository} relies on it to add the tenant to every query.
 */
@MappedSuperclass
public abstract class TenantOwnedEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    /** For Jakarta Persistence only. */
    protected TenantOwnedEntity() {
    }

    /** A new row owned by {@code owner}. */
    protected TenantOwnedEntity(TenantScope owner) {
        this.tenantId = Objects.requireNonNull(owner, "owner").id();
    }

    final boolean belongsTo(TenantScope scope) {
        return tenantId != null && tenantId == scope.id();
    }
}
