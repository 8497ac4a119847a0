package org.balint.lti.tool.course;

import java.util.function.Function;
import org.balint.persistence.tenant.Tenant;

/**
 * Balint's own records of one tenant, changed in one transaction: the groups and registrations the
 * core's use cases work on. The JPA adapters implement it in the application; tests use the core's
 * ports in memory.
 */
public interface BalintRecords {

    /**
     * Runs {@code work} on {@code tenant}'s records in one transaction, registering the tenant on its
     * first use, and commits; everything is rolled back when {@code work} throws.
     *
     * @throws ConcurrentChange when another transaction changed the same records at the same moment;
     *     nothing was kept, and running the work again sees that change
     */
    <T> T inTransaction(Tenant tenant, Function<TenantRecords, T> work);
}
