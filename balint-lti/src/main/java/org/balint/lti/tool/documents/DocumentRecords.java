package org.balint.lti.tool.documents;

import java.util.function.Function;
import org.balint.persistence.tenant.Tenant;

/**
 * The Balint records the documents are made from, for one tenant and in one transaction. The JPA
 * adapters implement it in the application ({@link JpaDocumentRecords}); tests use the core's ports in
 * memory.
 */
public interface DocumentRecords {

    /**
     * Runs {@code work} on {@code tenant}'s records in one transaction, registering the tenant on its
     * first use, and commits; everything is rolled back when {@code work} throws.
     *
     * @throws org.balint.lti.tool.course.ConcurrentChange when another transaction changed the same
     *     records at the same moment; nothing was kept
     */
    <T> T inTransaction(Tenant tenant, Function<DocumentStores, T> work);
}
