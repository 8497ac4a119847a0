package org.balint.lti.tool.api;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.balint.lti.tool.course.JpaBalintRecords;
import org.balint.persistence.attendance.JpaAttendanceSheets;
import org.balint.persistence.credit.JpaCreditRecords;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.rotation.JpaRotationPlans;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.Tenants;

/**
 * {@link ApiRecords} on the JPA adapters of the persistence module, each unit of work in one
 * transaction on one entity manager, scoped to the tenant (which is only looked up, never registered).
 */
public final class JpaApiRecords implements ApiRecords {

    private final JpaBalintRecords.Transactions transactions;
    private final Tenants tenants;

    /** Records reached through {@code transactions}. */
    public JpaApiRecords(JpaBalintRecords.Transactions transactions, Tenants tenants) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    @Override
    public <T> Optional<T> read(Tenant tenant, Function<MemberRecords, T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        return transactions.inTransaction(entityManager -> tenants.find(entityManager, tenant)
                .map(scope -> work.apply(new MemberRecords(new JpaGroups(scope, () -> entityManager),
                        new JpaRotationPlans(scope, () -> entityManager),
                        new JpaAttendanceSheets(scope, () -> entityManager),
                        new JpaCreditRecords(scope, () -> entityManager)))));
    }
}
