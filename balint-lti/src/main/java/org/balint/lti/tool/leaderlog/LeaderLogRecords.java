package org.balint.lti.tool.leaderlog;

import java.util.function.Function;
import org.balint.persistence.tenant.Tenant;

/** The groups and leader logs of one tenant, changed in one transaction. */
public interface LeaderLogRecords {

    /**
     * Runs {@code work} on {@code tenant}'s records in one transaction and commits; everything is rolled
     * back when {@code work} throws.
     *
     * @throws org.balint.lti.tool.course.ConcurrentChange when another transaction changed the same log at
     *     the same moment; nothing was kept
     */
    <T> T inTransaction(Tenant tenant, Function<LogRecords, T> work);
}
