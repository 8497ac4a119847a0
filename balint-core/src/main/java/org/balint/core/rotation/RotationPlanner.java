package org.balint.core.rotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;

/**
 * Plans who presents a case in which session so that every member presents at least once.
 *
 * <p>How a plan is made, in order of priority:
 * <ol>
 *   <li>Held sessions stay exactly as recorded (presentations by members who have since dropped out
 *       included), and the leader's overrides stay where the leader put them.
 *   <li>Every member who has not presented yet gets a turn in a session they can attend. This is
 *       complete: whenever such an assignment exists the planner finds one (it is a matching problem,
 *       not a greedy guess). When none exists the outcome is {@link RotationOutcome.Blocked} with the
 *       conflicts that make it impossible.
 *   <li>Volunteers get the session they offered, unless that would cost someone their turn or the
 *       session is oversubscribed (then members earlier in the fair order go first).
 *   <li>When re-planning, as many places of the current plan as possible are kept; when some must
 *       change, those in later sessions change first.
 *   <li>The remaining places are filled session by session in fair order: no consecutive turns where
 *       avoidable, then fewest presentations so far, then longest since the last one, then roster
 *       order. Every place is filled — members present a second time once everyone has had a turn —
 *       unless nobody who can attend that session is left, in which case the place stays open.
 * </ol>
 * A member is never planned into a session they declared unavailable, and never twice in one session;
 * a former member is never planned at all, and their places in the current plan's future sessions are
 * reported as changes.
 * The planner is deterministic: the same request always gives the same plan.
 *
 * <p>The planner is stateless and safe to share between threads.
 */
public final class RotationPlanner {

    public RotationPlanner() {
        // stateless
    }

    /** Plans (or re-plans, when the request carries a current plan) the rotation for {@code request}. */
    public RotationOutcome plan(RotationRequest request) {
        var problem = new PlanningProblem(request, true);
        boolean[] needing = new boolean[problem.memberCount];
        for (int m = 0; m < problem.memberCount; m++) {
            needing[m] = problem.needsTurn(m);
        }
        var matching = new TurnMatching(problem, problem.openPlaces.clone(), needing.clone());
        if (matching.matchAll() == 0) {
            ProposedPlan plan = build(problem, needing);
            return new RotationOutcome.Planned(plan, changes(problem, plan), unhonoured(request, plan));
        }
        List<RotationConflict> conflicts = ConflictFinder.explain(problem, matching);
        if (!request.overrides().isEmpty()) {
            var withoutOverrides = new PlanningProblem(request, false);
            boolean[] needingWithout = new boolean[problem.memberCount];
            for (int m = 0; m < problem.memberCount; m++) {
                needingWithout[m] = withoutOverrides.needsTurn(m);
            }
            var check = new TurnMatching(withoutOverrides, withoutOverrides.openPlaces.clone(), needingWithout);
            if (check.matchAll() != 0) {
                return new RotationOutcome.Blocked(ConflictFinder.explain(withoutOverrides, check));
            }
            boolean[] winners = new boolean[problem.memberCount];
            var losers = new ArrayList<MemberId>();
            for (int m = 0; m < problem.memberCount; m++) {
                winners[m] = needing[m] && matching.isMatched(m);
                if (needing[m] && !winners[m]) {
                    losers.add(problem.members[m]);
                }
            }
            ProposedPlan plan = build(problem, winners);
            return new RotationOutcome.OverrideBreaksGuarantee(plan, changes(problem, plan),
                    unhonoured(request, plan), losers, conflicts);
        }
        return new RotationOutcome.Blocked(conflicts);
    }

    private static ProposedPlan build(PlanningProblem problem, boolean[] winners) {
        boolean[] fixed = PresentationFlow.fixedPlaces(problem, winners);
        boolean[] planned = FairOrderFiller.fill(problem, fixed, winners);
        var request = problem.request;
        var slots = new ArrayList<PresentationSlot>();
        request.history().forEach((session, presenters) ->
                presenters.forEach(presenter -> slots.add(new PresentationSlot(session, presenter))));
        slots.addAll(request.overrides());
        for (int m = 0; m < problem.memberCount; m++) {
            for (int f = 0; f < problem.futureCount; f++) {
                if (planned[m * problem.futureCount + f]) {
                    slots.add(new PresentationSlot(problem.session(f), problem.members[m]));
                }
            }
        }
        return new ProposedPlan(new PlanContent(request.sessionCount(), request.casesPerSession(),
                request.heldSessions(), slots), request.currentPlan());
    }

    private static List<PlanChange> changes(PlanningProblem problem, ProposedPlan plan) {
        Optional<RotationPlan> current = problem.request.currentPlan();
        if (current.isEmpty()) {
            return List.of();
        }
        var changes = new ArrayList<PlanChange>();
        for (int f = 0; f < problem.futureCount; f++) {
            SessionNumber session = problem.session(f);
            var before = new TreeSet<>(current.get().presentersIn(session));
            var after = new TreeSet<>(plan.presentersIn(session));
            var removed = new ArrayList<>(before);
            removed.removeAll(after);
            var added = new ArrayList<>(after);
            added.removeAll(before);
            for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
                changes.add(new PlanChange(session,
                        i < removed.size() ? Optional.of(removed.get(i)) : Optional.empty(),
                        i < added.size() ? Optional.of(added.get(i)) : Optional.empty()));
            }
        }
        return changes;
    }

    private static List<PresentationSlot> unhonoured(RotationRequest request, ProposedPlan plan) {
        var planned = new java.util.HashSet<>(plan.slots());
        var missed = new ArrayList<PresentationSlot>();
        for (PresentationSlot offer : request.volunteers()) {
            if (!planned.contains(offer)) {
                missed.add(offer);
            }
        }
        return missed;
    }
}
