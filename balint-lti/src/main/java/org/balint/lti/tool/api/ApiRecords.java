package org.balint.lti.tool.api;

import java.util.Optional;
import java.util.function.Function;
import org.balint.persistence.tenant.Tenant;

/** Balint's records as the API reads them: one tenant's, in one transaction. */
public interface ApiRecords {

    /**
     * Runs {@code work} on {@code tenant}'s records in one transaction; empty when the tenant has no
     * records at all yet (nothing is created by reading).
     */
    <T> Optional<T> read(Tenant tenant, Function<MemberRecords, T> work);
}
