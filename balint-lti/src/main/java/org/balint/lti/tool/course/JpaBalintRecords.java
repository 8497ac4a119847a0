package org.balint.lti.tool.course;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.function.Function;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.integrity.EditConflict;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.registration.JpaRegistrations;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;

/**
 * {@link BalintRecords} on the JPA adapters of the persistence module: each unit of work gets the
 * tenant's scope (registered on first use) and the group and registration adapters on one entity
 * manager, in one transaction. Conflicts the adapters report as happening concurrently become
 * {@link ConcurrentChange}.
 */
public final class JpaBalintRecords implements BalintRecords {

    /** Runs work on an entity manager in one transaction: commit on return, roll back on a throw. */
    @FunctionalInterface
    public interface Transactions {
        /** Runs {@code work} in one transaction. */
        <T> T inTransaction(Function<EntityManager, T> work);
    }

    private final Transactions transactions;
    private final Tenants tenants;

    /**
     * Records reached through {@code transactions}, for example
     * {@code StandaloneDatabase::inTransaction} or a container-managed transaction.
     */
    public JpaBalintRecords(Transactions transactions, Tenants tenants) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    @Override
    public <T> T inTransaction(Tenant tenant, Function<TenantRecords, T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        try {
            return transactions.inTransaction(entityManager -> {
                TenantScope scope = tenants.register(entityManager, tenant);
                return work.apply(new TenantRecords(new JpaGroups(scope, () -> entityManager),
                        new JpaRegistrations(scope, () -> entityManager)));
            });
        } catch (EditConflict conflict) {
            throw new ConcurrentChange(conflict.violation(), conflict);
        } catch (IntegrityViolation violation) {
            if (violation.code().endsWith("-concurrently")) {
                throw new ConcurrentChange(violation.violation(), violation);
            }
            throw violation;
        }
    }
}
