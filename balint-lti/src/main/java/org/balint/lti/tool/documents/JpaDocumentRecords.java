package org.balint.lti.tool.documents;

import java.util.Objects;
import java.util.function.Function;
import org.balint.lti.tool.course.ConcurrentChange;
import org.balint.lti.tool.course.JpaBalintRecords;
import org.balint.persistence.attendance.JpaAttendanceSheets;
import org.balint.persistence.certificate.JpaCertificates;
import org.balint.persistence.credit.JpaCompletionSharingConsents;
import org.balint.persistence.credit.JpaCreditRecords;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.integrity.EditConflict;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;

/**
 * {@link DocumentRecords} on the JPA adapters of the persistence module: each unit of work gets the
 * tenant's scope (registered on first use) and the group, credit, certificate and consent adapters on
 * one entity manager, in one transaction. Conflicts the adapters report as happening concurrently become
 * {@link ConcurrentChange}.
 */
public final class JpaDocumentRecords implements DocumentRecords {

    private final JpaBalintRecords.Transactions transactions;
    private final Tenants tenants;

    /** Records reached through {@code transactions}, the same as the course services use. */
    public JpaDocumentRecords(JpaBalintRecords.Transactions transactions, Tenants tenants) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    @Override
    public <T> T inTransaction(Tenant tenant, Function<DocumentStores, T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        try {
            return transactions.inTransaction(entityManager -> {
                TenantScope scope = tenants.register(entityManager, tenant);
                return work.apply(new DocumentStores(new JpaGroups(scope, () -> entityManager),
                        new JpaCreditRecords(scope, () -> entityManager), new JpaCertificates(scope, () -> entityManager),
                        new JpaCompletionSharingConsents(scope, () -> entityManager),
                        new JpaAttendanceSheets(scope, () -> entityManager)));
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
