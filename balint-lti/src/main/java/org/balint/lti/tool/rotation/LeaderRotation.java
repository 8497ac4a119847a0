package org.balint.lti.tool.rotation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.MemberId;
import org.balint.core.rotation.PlanChange;
import org.balint.core.rotation.PresentationSlot;
import org.balint.core.rotation.ProposedPlan;
import org.balint.core.rotation.PublishedPlan;
import org.balint.core.rotation.RotationDesk;
import org.balint.core.rotation.RotationPlan;
import org.balint.core.validation.Violation;

/**
 * What a group's leader sees of the rotation: the published plan (if any), the proposal the leader's
 * changes make (if there are any, or nothing is published yet), whether everyone presents in the plan
 * shown and, if not, who cannot yet and why, and the members' swap requests.
 *
 * @param group        the group as it is now
 * @param heldSessions how many sessions have been held by now
 * @param published    the plan members see; empty until a leader publishes one
 * @param proposal     the plan a publication would give; empty when there is nothing to publish
 * @param guarantee    whether everyone presents in {@link #shown()}, with the reasons when not
 * @param desk         the leader's unpublished changes and the members' swap requests
 * @param now          when this view was worked out
 */
public record LeaderRotation(BalintGroup group, int heldSessions, Optional<PublishedPlan> published,
        Optional<Proposal> proposal, Guarantee guarantee, RotationDesk desk, Instant now) {

    /** Validates the parts. */
    public LeaderRotation {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(guarantee, "guarantee");
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(now, "now");
    }

    /** The plan the page shows: the proposal when there is one, else the published plan. */
    public Optional<RotationPlan> shown() {
        return proposal.flatMap(Proposal::plan).<RotationPlan>map(p -> p).or(() -> published.map(p -> p));
    }

    /** The name of {@code member} (a member of the group, else their id). */
    public String nameOf(MemberId member) {
        return group.member(member).map(m -> m.name()).orElse(member.value());
    }

    /**
     * A proposal the planner made from the published plan and the leader's changes.
     *
     * @param plan                  the proposed plan; empty when no plan can give everyone a turn
     * @param changes               the places in sessions to come that differ from the published plan
     * @param volunteersNotHonoured volunteers the plan could not give their session (the place was needed
     *                              to give everyone a turn, or other volunteers came first)
     * @param notes                 changes on the desk that no longer apply (a swap that no longer fits, a
     *                              volunteer who left or whose session has been held), each with its reason
     * @param fingerprint           identifies the proposal, so a publication publishes what the leader saw
     */
    public record Proposal(Optional<ProposedPlan> plan, List<PlanChange> changes,
            List<PresentationSlot> volunteersNotHonoured, List<Violation> notes, String fingerprint) {

        /** Validates the parts. */
        public Proposal {
            Objects.requireNonNull(plan, "plan");
            changes = List.copyOf(changes);
            volunteersNotHonoured = List.copyOf(volunteersNotHonoured);
            notes = List.copyOf(notes);
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    /**
     * Whether every member presents at least once in the plan shown.
     *
     * @param met     true when everyone presents
     * @param reasons when not: who cannot present (yet) and why, with what to do
     */
    public record Guarantee(boolean met, List<Violation> reasons) {

        /** Validates the parts. */
        public Guarantee {
            reasons = List.copyOf(reasons);
            if (met != reasons.isEmpty()) {
                throw new IllegalArgumentException("a guarantee that is not met says why, and only then");
            }
        }
    }
}
