package org.balint.lti.tool.members;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.lti.tool.roster.RosterSyncStates;

/**
 * A group's roster as its leader sees it.
 *
 * @param group         the group
 * @param title         its title
 * @param members       how many members it has now
 * @param maxMembers    the most it takes
 * @param closedToNewMembers whether it has closed to new members (nobody is promoted or accepted any more)
 * @param reviewQueue   registrations awaiting a faculty decision, oldest first
 * @param waitlist      registrants waiting for a place, first in line first
 * @param everyone      every registration, in the order they were submitted
 * @param lastSync      where the last roster sync with the course stands, if one was ever started
 */
public record RosterOverview(GroupId group, String title, int members, int maxMembers, boolean closedToNewMembers,
        List<RosterEntry> reviewQueue, List<RosterEntry> waitlist, List<RosterEntry> everyone,
        Optional<RosterSyncStates.SyncState> lastSync) {

    /** Validates and copies the parts. */
    public RosterOverview {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(title, "title");
        reviewQueue = List.copyOf(reviewQueue);
        waitlist = List.copyOf(waitlist);
        everyone = List.copyOf(everyone);
        Objects.requireNonNull(lastSync, "lastSync");
    }

    /** Places still free. */
    public int placesLeft() {
        return Math.max(0, maxMembers - members);
    }
}
