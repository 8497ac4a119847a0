package org.balint.persistence.tenant;

import java.util.Objects;

/**
 * A registered tenant, as adapters are bound to it: the only way to obtain one is
 * {@link Tenants#register} or {@link Tenants#find}, so every scope names a tenant that exists in the
 * database. Adapters built on {@link TenantScopedRepository} are constructed for one scope and can
 * neither read nor change rows of any other tenant.
 */
public final class TenantScope {

    private final long id;
    private final Tenant tenant;

    TenantScope(long id, Tenant tenant) {
        this.id = id;
        this.tenant = Objects.requireNonNull(tenant, "tenant");
    }

    /** The platform deployment this scope belongs to. */
    public Tenant tenant() {
        return tenant;
    }

    /** The tenant's surrogate key, the value of every {@code tenant_id} column it owns. */
    long id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TenantScope scope && scope.id == id && scope.tenant.equals(tenant);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "tenant " + tenant;
    }
}
