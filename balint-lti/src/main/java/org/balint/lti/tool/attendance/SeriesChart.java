package org.balint.lti.tool.attendance;

import java.util.List;
import java.util.Objects;
import org.balint.core.group.ScheduledSession;

/**
 * How many members attended each session of the series, for the attendance chart.
 *
 * @param members  how many members the group has now
 * @param sessions every session of the series, in order
 */
public record SeriesChart(int members, List<SessionCount> sessions) {

    /** Validates and copies the parts. */
    public SeriesChart {
        if (members < 0) {
            throw new IllegalArgumentException("members cannot be negative: " + members);
        }
        sessions = List.copyOf(sessions);
    }

    /**
     * One session's counts. A session without a sheet counts nobody and is not recorded.
     *
     * @param session  the session
     * @param recorded whether any attendance is recorded for it (a sheet exists)
     * @param present  members present
     * @param absent   members absent
     * @param excused  members excused
     */
    public record SessionCount(ScheduledSession session, boolean recorded, int present, int absent, int excused) {
        /** Validates the parts. */
        public SessionCount {
            Objects.requireNonNull(session, "session");
            if (present < 0 || absent < 0 || excused < 0) {
                throw new IllegalArgumentException("counts cannot be negative");
            }
        }
    }
}
