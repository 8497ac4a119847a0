package org.balint.core.rotation;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;

/**
 * Who presents a case in which session of a group series: the presenters of the sessions already held
 * (as recorded) followed by the planned presenters of the sessions still to come.
 *
 * <p>A plan's life: the {@link RotationPlanner} proposes one ({@link ProposedPlan}); the leader
 * reviews it and publishes it to the group ({@link PublishedPlan}). When something changes — the
 * scheduled presenter was absent, a member dropped out, a late joiner arrived, a member declared a
 * session unavailable — the leader asks the planner for a re-plan, passing the current plan, and gets
 * a new proposal that keeps the held sessions as they were (a drop-out's presentations included) and
 * changes as little of the future as possible. {@link #fitFor} tells whether a changed group calls for
 * a re-plan. A plan is never edited in place: every change produces a new plan.
 *
 * <p>A plan holds only who presents when. It never holds any case content.
 */
public sealed interface RotationPlan permits ProposedPlan, PublishedPlan {

    /** The number of sessions in the series. */
    int sessionCount();

    /** How many cases are presented in each session. */
    int casesPerSession();

    /** How many sessions (1 to this number) had been held when the plan was made. */
    int heldSessions();

    /** Every presentation, in session order (then by member id). */
    List<PresentationSlot> slots();

    /** Whether {@code session} had already been held when the plan was made. */
    default boolean isHeld(SessionNumber session) {
        return session.value() <= heldSessions();
    }

    /** Who presents in {@code session}, ordered by member id; empty for an open or unknown session. */
    default List<MemberId> presentersIn(SessionNumber session) {
        return slots().stream().filter(slot -> slot.session().equals(session))
                .map(PresentationSlot::presenter).collect(Collectors.toUnmodifiableList());
    }

    /** The sessions in which {@code member} presents, in order; empty if they have no turn. */
    default List<SessionNumber> sessionsOf(MemberId member) {
        return slots().stream().filter(slot -> slot.presenter().equals(member))
                .map(PresentationSlot::session).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Whether this plan still fits {@code group} as it is at {@code at}, or why a re-plan is needed: a
     * member (a late joiner) with no turn, a presenter planned in a session not yet held who is no longer
     * a member (a drop-out), or a changed number of sessions or cases per session. Sessions count as held
     * when the plan was made after them or the group's schedule says they ended by {@code at}, so a
     * drop-out whose planned turns are all behind them does not call for a re-plan.
     */
    default PlanFit fitFor(BalintGroup group, Instant at) {
        return GroupFit.check(this, group, at);
    }

    /** How many presentation places in {@code session} nobody fills. */
    default int openPlacesIn(SessionNumber session) {
        if (session.value() > sessionCount()) {
            return 0;
        }
        return casesPerSession() - presentersIn(session).size();
    }
}
