package org.balint.core.rotation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.MemberId;

/**
 * What the {@link RotationPlanner} decided for a request:
 * <ul>
 *   <li>{@link Planned} — a proposed plan in which every member presents at least once;
 *   <li>{@link OverrideBreaksGuarantee} — the leader's overrides leave some members without a turn
 *       (a turn the group could otherwise have given them); the plan honours the overrides and says
 *       who loses their turn and why;
 *   <li>{@link Blocked} — no plan can give every member a turn, whatever the leader does; the
 *       conflicts say why (unavailability, too few places).
 * </ul>
 */
public sealed interface RotationOutcome
        permits RotationOutcome.Planned, RotationOutcome.OverrideBreaksGuarantee, RotationOutcome.Blocked {

    /** The proposed plan, unless the outcome is {@link Blocked}. */
    Optional<ProposedPlan> proposedPlan();

    /** Whether every member presents at least once in the proposed plan. */
    boolean everyonePresents();

    /**
     * A plan in which every member presents at least once.
     *
     * @param plan                   the proposal
     * @param changes                the places in future sessions whose presenter differs from the current
     *                               plan (empty for a first plan); {@code changes().size()} is the number of
     *                               places that changed
     * @param volunteersNotHonoured  volunteer offers the plan could not take (the session was full with
     *                               other volunteers or overrides, or the place was needed to give
     *                               everyone a turn)
     */
    record Planned(ProposedPlan plan, List<PlanChange> changes, List<PresentationSlot> volunteersNotHonoured)
            implements RotationOutcome {

        public Planned {
            Objects.requireNonNull(plan, "plan");
            changes = List.copyOf(changes);
            volunteersNotHonoured = List.copyOf(volunteersNotHonoured);
        }

        @Override
        public Optional<ProposedPlan> proposedPlan() {
            return Optional.of(plan);
        }

        @Override
        public boolean everyonePresents() {
            return true;
        }
    }

    /**
     * A plan that honours the leader's overrides even though they leave members without a turn who
     * could have had one without the overrides.
     *
     * @param withoutTurn the members who lose their turn, in roster order
     * @param conflicts   why they cannot have a turn once the overrides are in place
     */
    record OverrideBreaksGuarantee(ProposedPlan plan, List<PlanChange> changes,
            List<PresentationSlot> volunteersNotHonoured, List<MemberId> withoutTurn,
            List<RotationConflict> conflicts) implements RotationOutcome {

        public OverrideBreaksGuarantee {
            Objects.requireNonNull(plan, "plan");
            changes = List.copyOf(changes);
            volunteersNotHonoured = List.copyOf(volunteersNotHonoured);
            withoutTurn = List.copyOf(withoutTurn);
            conflicts = List.copyOf(conflicts);
            if (withoutTurn.isEmpty() || conflicts.isEmpty()) {
                throw new IllegalArgumentException("a broken guarantee names who loses their turn and why");
            }
        }

        @Override
        public Optional<ProposedPlan> proposedPlan() {
            return Optional.of(plan);
        }

        @Override
        public boolean everyonePresents() {
            return false;
        }
    }

    /** No plan can give every member a turn; each conflict is one reason. */
    record Blocked(List<RotationConflict> conflicts) implements RotationOutcome {

        public Blocked {
            conflicts = List.copyOf(conflicts);
            if (conflicts.isEmpty()) {
                throw new IllegalArgumentException("a blocked rotation needs at least one conflict");
            }
        }

        @Override
        public Optional<ProposedPlan> proposedPlan() {
            return Optional.empty();
        }

        @Override
        public boolean everyonePresents() {
            return false;
        }
    }
}
