package org.balint.core.rotation;

import java.util.List;
import org.balint.core.validation.Violation;

/**
 * Whether a rotation plan still fits its group after the group has changed. A plan made before a late
 * joiner arrived gives them no turn; a plan made before a member dropped out still has them presenting
 * in sessions to come; a plan made before the series was lengthened or the number of cases per session
 * changed has the wrong places. In each case the leader should re-plan (see
 * {@link RotationPlan#fitFor}); the reasons say what no longer fits.
 *
 * <p>Reason codes:
 * <ul>
 *   <li>{@code series-length-changed} — the group now has a different number of sessions than the plan;
 *   <li>{@code cases-per-session-changed} — the group now presents a different number of cases per session;
 *   <li>{@code member-without-turn} — a member (typically a late joiner) presents nowhere in the plan;
 *   <li>{@code presenter-not-a-member} — someone who is not (or no longer) a member is planned to present
 *       in a session still to come.
 * </ul>
 */
public sealed interface PlanFit permits PlanFit.Fits, PlanFit.NeedsReplan {

    /** Whether the plan can stay as it is. */
    boolean fits();

    /** The plan still fits the group: every member has a turn and only members are planned. */
    record Fits() implements PlanFit {

        @Override
        public boolean fits() {
            return true;
        }
    }

    /**
     * The group has changed in ways the plan does not reflect; a re-plan is needed.
     *
     * @param reasons every way the plan no longer fits, each with a reason code and a sentence for the leader
     */
    record NeedsReplan(List<Violation> reasons) implements PlanFit {

        public NeedsReplan {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a re-plan is needed for at least one reason");
            }
        }

        @Override
        public boolean fits() {
            return false;
        }
    }
}
