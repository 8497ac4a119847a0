package org.balint.core.rotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;

/**
 * Exchanges two members' turns in a plan, when the rules allow it. The rules, each with its reason
 * code:
 * <ul>
 *   <li>{@code same-member} — both turns are the same member's;
 *   <li>{@code same-session} — both turns are in the same session, so nothing would change;
 *   <li>{@code not-their-turn} — the plan does not have that member presenting in that session;
 *   <li>{@code session-held} — one of the sessions has already been held;
 *   <li>{@code already-presents-there} — after the swap a member would present twice in one session.
 * </ul>
 * A swap never changes who presents, only when, so a plan in which everyone presents still is one
 * after the swap.
 */
public final class TurnSwaps {

    private TurnSwaps() {
    }

    /**
     * Swaps the two turns of {@code swap} in {@code plan}, or says why not.
     *
     * @param plan         the plan the turns are in: a proposal or the published plan
     * @param swap         the two turns
     * @param heldSessions how many sessions have been held by now (sessions 1 to this number), which may be
     *                     more than when the plan was made
     * @param names        the name to use for a member in sentences
     */
    public static SwapDecision swap(RotationPlan plan, TurnSwap swap, int heldSessions,
            Function<MemberId, String> names) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(swap, "swap");
        Objects.requireNonNull(names, "names");
        List<Violation> reasons = check(plan, swap, heldSessions, names);
        if (!reasons.isEmpty()) {
            return new SwapDecision.Refused(reasons);
        }
        var slots = new ArrayList<>(plan.slots());
        slots.remove(swap.first());
        slots.remove(swap.second());
        TurnSwap after = swap.exchanged();
        slots.add(after.first());
        slots.add(after.second());
        int held = Math.min(plan.sessionCount(), Math.max(plan.heldSessions(), heldSessions));
        Optional<RotationPlan> basis = plan instanceof ProposedPlan proposed ? proposed.basis() : Optional.of(plan);
        var swapped = new ProposedPlan(new PlanContent(plan.sessionCount(), plan.casesPerSession(), held, slots), basis);
        var changes = List.of(
                new PlanChange(swap.first().session(), Optional.of(swap.first().presenter()),
                        Optional.of(swap.second().presenter())),
                new PlanChange(swap.second().session(), Optional.of(swap.second().presenter()),
                        Optional.of(swap.first().presenter())));
        return new SwapDecision.Swapped(swapped, changes.stream().sorted(
                Comparator.comparing(PlanChange::session)).toList());
    }

    /** Every rule {@code swap} breaks in {@code plan}; empty when it can be done. */
    public static List<Violation> check(RotationPlan plan, TurnSwap swap, int heldSessions,
            Function<MemberId, String> names) {
        var reasons = new ArrayList<Violation>();
        PresentationSlot first = swap.first();
        PresentationSlot second = swap.second();
        String a = names.apply(first.presenter());
        String b = names.apply(second.presenter());
        if (first.presenter().equals(second.presenter())) {
            reasons.add(Violation.of("same-member", a + " cannot swap a turn with themselves; choose another member's turn"));
            return reasons;
        }
        if (first.session().equals(second.session())) {
            reasons.add(Violation.of("same-session", a + " and " + b + " both present in " + first.session()
                    + ", so swapping would change nothing; choose a turn in another session"));
            return reasons;
        }
        for (PresentationSlot turn : List.of(first, second)) {
            if (!plan.slots().contains(turn)) {
                String name = names.apply(turn.presenter());
                List<SessionNumber> theirs = plan.sessionsOf(turn.presenter());
                reasons.add(Violation.of("not-their-turn", "the plan has no turn for " + name + " in " + turn.session()
                        + (theirs.isEmpty() ? "; " + name + " has no turn to swap yet"
                        : "; choose one of " + name + "'s turns (" + Wording.sessions(
                                theirs.stream().map(SessionNumber::value).toList()) + ")")));
            }
        }
        int held = Math.max(plan.heldSessions(), heldSessions);
        for (SessionNumber session : List.of(first.session(), second.session())) {
            if (session.value() <= held) {
                reasons.add(Violation.of("session-held", session + " has already been held; only turns in sessions"
                        + " still to come can be swapped"));
            }
        }
        if (plan.presentersIn(second.session()).contains(first.presenter())) {
            reasons.add(Violation.of("already-presents-there", a + " already presents in " + second.session()
                    + "; a member presents at most one case per session, so choose a turn in another session"));
        }
        if (plan.presentersIn(first.session()).contains(second.presenter())) {
            reasons.add(Violation.of("already-presents-there", b + " already presents in " + first.session()
                    + "; a member presents at most one case per session, so choose a turn in another session"));
        }
        return reasons;
    }
}
