package org.balint.lti.tool.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.balint.lti.tool.course.BalintRecords;
import org.balint.lti.tool.course.JpaBalintRecords;
import org.balint.lti.tool.leaderlog.JpaLeaderLogRecords;
import org.balint.lti.tool.leaderlog.LeaderLogs;
import org.balint.lti.tool.members.GroupRoster;
import org.balint.lti.tool.roster.RosterSyncStates;
import org.balint.persistence.tenant.Tenants;

/**
 * Builds, once per application, what a leader works with beside the group's schedule: the roster with its
 * faculty-review queue ({@link GroupRoster}, on Balint's records and the roster sync states in the tool's
 * database) and the leader's own log ({@link LeaderLogs}). The pages and the JSON API share these
 * instances.
 */
@ApplicationScoped
public class LeadingComponents {

    @Inject
    ToolDatabase database;

    @Inject
    BalintRecords records;

    @Inject
    JpaBalintRecords.Transactions transactions;

    @Inject
    Clock clock;

    private GroupRoster roster;
    private LeaderLogs logs;

    @PostConstruct
    void build() {
        RosterSyncStates states = new RosterSyncStates(database.dataSource());
        roster = new GroupRoster(records, states::find, clock);
        logs = new LeaderLogs(new JpaLeaderLogRecords(transactions, new Tenants(clock)), clock);
    }

    /** The roster of a leader's group and its faculty-review queue. */
    @Produces
    public GroupRoster groupRoster() {
        return roster;
    }

    /** The leaders' own development logs. */
    @Produces
    public LeaderLogs leaderLogs() {
        return logs;
    }
}
