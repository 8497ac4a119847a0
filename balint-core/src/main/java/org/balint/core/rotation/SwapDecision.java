package org.balint.core.rotation;

import java.util.List;
import java.util.Objects;
import org.balint.core.validation.Violation;

/**
 * What {@link TurnSwaps} decided about a swap of two turns: the plan with the turns exchanged, or every
 * reason it cannot be done.
 */
public sealed interface SwapDecision permits SwapDecision.Swapped, SwapDecision.Refused {

    /**
     * The swap is done in a new proposal; the plan it was made from is unchanged.
     *
     * @param plan    the proposal with the two turns exchanged (it re-plans the same plan as the original)
     * @param changes the two places whose presenter changed
     */
    record Swapped(ProposedPlan plan, List<PlanChange> changes) implements SwapDecision {
        public Swapped {
            Objects.requireNonNull(plan, "plan");
            changes = List.copyOf(changes);
        }
    }

    /**
     * The swap cannot be done.
     *
     * @param reasons each with a reason code and a sentence saying what to do instead
     */
    record Refused(List<Violation> reasons) implements SwapDecision {
        public Refused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refused swap says why");
            }
        }
    }
}
