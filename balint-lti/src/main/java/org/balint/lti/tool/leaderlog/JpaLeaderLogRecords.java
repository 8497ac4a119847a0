package org.balint.lti.tool.leaderlog;

import java.util.Objects;
import java.util.function.Function;
import org.balint.lti.tool.course.ConcurrentChange;
import org.balint.lti.tool.course.JpaBalintRecords;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.integrity.EditConflict;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.leadership.JpaLeaderLogStore;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;

/**
 * {@link LeaderLogRecords} on the JPA adapters of the persistence module, one transaction and one
 * entity manager per unit of work. A log started or changed by another transaction at the same moment
 * becomes {@link ConcurrentChange}, so the caller can run the work again.
 */
public final class JpaLeaderLogRecords implements LeaderLogRecords {

    private final JpaBalintRecords.Transactions transactions;
    private final Tenants tenants;

    /** Records reached through {@code transactions}. */
    public JpaLeaderLogRecords(JpaBalintRecords.Transactions transactions, Tenants tenants) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    @Override
    public <T> T inTransaction(Tenant tenant, Function<LogRecords, T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        try {
            return transactions.inTransaction(entityManager -> {
                TenantScope scope = tenants.register(entityManager, tenant);
                return work.apply(new LogRecords(new JpaGroups(scope, () -> entityManager),
                        new JpaLeaderLogStore(scope, () -> entityManager)));
            });
        } catch (EditConflict conflict) {
            throw new ConcurrentChange(conflict.violation(), conflict);
        } catch (IntegrityViolation violation) {
            if (violation.code().endsWith("-concurrently") || violation.code().startsWith("duplicate-")) {
                throw new ConcurrentChange(violation.violation(), violation);
            }
            throw violation;
        }
    }
}
