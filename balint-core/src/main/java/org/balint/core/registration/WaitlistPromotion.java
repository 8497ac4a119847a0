package org.balint.core.registration;

import java.util.List;
import java.util.Objects;
import org.balint.core.group.BalintGroup;
import org.balint.core.validation.Violation;

/**
 * The outcome of filling free places from the waitlist: who was promoted into the group (in waitlist
 * order), the updated registrations and group, and why anyone still waiting was not promoted (the
 * group has closed to new members, no place is free, or a particular registrant could not join).
 */
public record WaitlistPromotion(GroupRegistrations registrations, BalintGroup group,
        List<Registration.Accepted> promoted, List<Violation> heldBack) {

    public WaitlistPromotion {
        Objects.requireNonNull(registrations, "registrations");
        Objects.requireNonNull(group, "group");
        promoted = List.copyOf(promoted);
        heldBack = List.copyOf(heldBack);
    }
}
