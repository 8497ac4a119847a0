package org.balint.lti.tool.leaderlog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.balint.lti.tool.course.JpaBalintRecords;
import org.balint.persistence.tenant.Tenants;

/**
 * Builds the leaders' own logs ({@link LeaderLogs}) once per application, on Balint's persistence unit in
 * JTA transactions; the My leader log page and the JSON API share them.
 */
@ApplicationScoped
public class LeaderLogComponents {

    @Inject
    JpaBalintRecords.Transactions transactions;

    @Inject
    Clock clock;

    private LeaderLogs logs;

    @PostConstruct
    void build() {
        logs = new LeaderLogs(new JpaLeaderLogRecords(transactions, new Tenants(clock)), clock);
    }

    /** The leaders' own development logs. */
    @Produces
    public LeaderLogs leaderLogs() {
        return logs;
    }
}
