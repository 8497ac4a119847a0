package org.balint.lti.tool.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.lti.tool.members.RosterOverview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A group's roster as its faculty see it.
 *
 * @param group              the group id
 * @param title              its title
 * @param members            how many members it has
 * @param maxMembers         the most it takes
 * @param placesLeft         places still free
 * @param closedToNewMembers whether it has closed to new members
 * @param reviewQueue        registrations awaiting a faculty decision, oldest first
 * @param waitlist           registrants waiting for a place, first in line first
 * @param registrations      every registration, in the order submitted
 * @param lastSync           the last roster sync with the course, when the caller launched from this group's placement
 */
@Schema(name = "Roster", description = "Every registration with its standing and screening, the faculty-review queue, "
        + "the waitlist and the last roster sync with the course.")
public record RosterView(String group, String title, int members, int maxMembers, int placesLeft,
        boolean closedToNewMembers, List<RegistrationView> reviewQueue, List<RegistrationView> waitlist,
        List<RegistrationView> registrations, Optional<RosterSyncView> lastSync) {

    /** Validates and copies the parts. */
    public RosterView {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(title, "title");
        reviewQueue = List.copyOf(reviewQueue);
        waitlist = List.copyOf(waitlist);
        registrations = List.copyOf(registrations);
        Objects.requireNonNull(lastSync, "lastSync");
    }

    static RosterView of(RosterOverview roster, boolean withSync) {
        return new RosterView(roster.group().value(), roster.title(), roster.members(), roster.maxMembers(),
                roster.placesLeft(), roster.closedToNewMembers(),
                roster.reviewQueue().stream().map(RegistrationView::of).toList(),
                roster.waitlist().stream().map(RegistrationView::of).toList(),
                roster.everyone().stream().map(RegistrationView::of).toList(),
                withSync ? roster.lastSync().map(RosterSyncView::of) : Optional.empty());
    }
}
