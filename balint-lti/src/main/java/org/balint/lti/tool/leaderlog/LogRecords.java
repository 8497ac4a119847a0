package org.balint.lti.tool.leaderlog;

import java.util.Objects;
import org.balint.core.group.Groups;
import org.balint.core.leadership.LeaderLogStore;

/**
 * One tenant's records the leader log works on, inside one transaction of {@link LeaderLogRecords}.
 *
 * @param groups the group series (for the sessions a leader led and the group's faculty)
 * @param logs   the leaders' development logs
 */
public record LogRecords(Groups groups, LeaderLogStore logs) {

    /** Validates the parts. */
    public LogRecords {
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(logs, "logs");
    }
}
