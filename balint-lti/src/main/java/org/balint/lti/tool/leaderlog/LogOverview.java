package org.balint.lti.tool.leaderlog;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.leadership.CredentialingPathway;
import org.balint.core.leadership.LeaderLog;
import org.balint.core.leadership.PathwayProgress;

/**
 * A leader's own log as they see it beside their group.
 *
 * @param group       the group the page belongs to
 * @param groupTitle  its title
 * @param zone        the group's time zone, in which dates are read and shown
 * @param log         the leader's log (every group they logged, not only this one)
 * @param pathway     the credentialing pathway measured against
 * @param progress    every requirement of the pathway, met or unmet
 * @param heldSessions the group's sessions held so far, which can be logged as led
 * @param supervisors the group's other faculty, who can be named as supervisor
 */
public record LogOverview(GroupId group, String groupTitle, ZoneId zone, LeaderLog log, CredentialingPathway pathway,
        PathwayProgress progress, List<ScheduledSession> heldSessions, List<FacultyMember> supervisors) {

    /** Validates and copies the parts. */
    public LogOverview {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(groupTitle, "groupTitle");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(progress, "progress");
        heldSessions = List.copyOf(heldSessions);
        supervisors = List.copyOf(supervisors);
    }
}
