package org.balint.lti.tool.members;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.balint.lti.tool.config.ToolDatabase;
import org.balint.lti.tool.course.BalintRecords;
import org.balint.lti.tool.roster.RosterSyncStates;

/**
 * Builds the leader's roster ({@link GroupRoster}) once per application, on Balint's records and the roster
 * sync states in the tool's database; the Members page and the JSON API share it.
 */
@ApplicationScoped
public class RosterComponents {

    @Inject
    ToolDatabase database;

    @Inject
    BalintRecords records;

    @Inject
    Clock clock;

    private GroupRoster roster;

    @PostConstruct
    void build() {
        roster = new GroupRoster(records, new RosterSyncStates(database.dataSource())::find, clock);
    }

    /** The roster of a leader's group and its faculty-review queue. */
    @Produces
    public GroupRoster groupRoster() {
        return roster;
    }
}
