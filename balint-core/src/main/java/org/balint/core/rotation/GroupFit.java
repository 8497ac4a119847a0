package org.balint.core.rotation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;

/** Compares a rotation plan with the group it was made for, as the group is now. */
final class GroupFit {

    private GroupFit() {
    }

    static PlanFit check(RotationPlan plan, BalintGroup group, Instant at) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(at, "at");
        var reasons = new ArrayList<Violation>();
        if (plan.sessionCount() != group.numberOfSessions()) {
            reasons.add(Violation.of("series-length-changed", "the plan covers " + plan.sessionCount()
                    + " sessions but the group now has " + group.numberOfSessions() + "; re-plan for the new series"));
        }
        if (plan.casesPerSession() != group.rules().casesPerSession()) {
            reasons.add(Violation.of("cases-per-session-changed", "the plan has room for " + plan.casesPerSession()
                    + (plan.casesPerSession() == 1 ? " case" : " cases") + " per session but the group now presents "
                    + group.rules().casesPerSession() + "; re-plan so that every place is used"));
        }
        Set<MemberId> presenting = new HashSet<>();
        plan.slots().forEach(slot -> presenting.add(slot.presenter()));
        for (Member member : group.members()) {
            if (!presenting.contains(member.id())) {
                reasons.add(Violation.of("member-without-turn", member.name() + " (" + member.id()
                        + ") is a member but has no turn in the plan; re-plan to give them one"));
            }
        }
        int held = Math.max(plan.heldSessions(), group.sessionsHeldBy(at).size());
        for (PresentationSlot slot : plan.slots()) {
            if (slot.session().value() > held && !group.isMember(slot.presenter())) {
                reasons.add(Violation.of("presenter-not-a-member", slot.presenter() + " is planned to present in "
                        + slot.session() + " but is not a member of the group (any more); re-plan so that a member"
                        + " takes the place"));
            }
        }
        return reasons.isEmpty() ? new PlanFit.Fits() : new PlanFit.NeedsReplan(reasons);
    }
}
