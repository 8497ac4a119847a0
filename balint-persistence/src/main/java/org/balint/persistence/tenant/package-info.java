/**
 * Tenancy: every Balint row belongs to one LMS platform deployment (a
 * {@link org.balint.persistence.tenant.Tenant}: the platform's LTI issuer and the deployment id).
 *
 * <p>{@link org.balint.persistence.tenant.Tenants} registers deployments and hands out their
 * {@link org.balint.persistence.tenant.TenantScope}. Every adapter of tenant-owned records extends
 * {@link org.balint.persistence.tenant.TenantScopedRepository}, is constructed for one scope, and
 * can only build queries that are restricted to that scope's rows; its entities extend
 * {@link org.balint.persistence.tenant.TenantOwnedEntity}, which maps the {@code tenant_id} column.
 * A query without a tenant cannot be written through this API.
 */
package org.balint.persistence.tenant;
