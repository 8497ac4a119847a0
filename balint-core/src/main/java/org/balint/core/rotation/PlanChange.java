package org.balint.core.rotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.Optional;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;

/**
 * One presentation place in a future session whose presenter differs between the current plan and a
 * re-plan: someone takes a place that was open, someone's place is given to someone else, or a place
 * becomes open. Members read these to learn that their turn moved.
 *
 * @param session the session whose place changed
 * @param before  who presented there in the current plan; empty when the place was open
 * @param after   who presents there in the new plan; empty when the place is now open
 */
public record PlanChange(SessionNumber session, Optional<MemberId> before, Optional<MemberId> after) {

    public PlanChange {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a change needs a presenter before or after");
        }
        if (before.equals(after)) {
            throw new IllegalArgumentException("not a change: " + before.get() + " keeps " + session);
        }
    }

    /**
     * The places in sessions still to come (after {@code after}'s held sessions) whose presenter differs
     * between {@code before} and {@code after}; empty when the two plans agree on the future.
     */
    public static List<PlanChange> between(RotationPlan before, RotationPlan after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        var changes = new ArrayList<PlanChange>();
        int last = Math.max(before.sessionCount(), after.sessionCount());
        for (int value = after.heldSessions() + 1; value <= last; value++) {
            SessionNumber session = SessionNumber.of(value);
            var removed = new ArrayList<>(new TreeSet<>(before.presentersIn(session)));
            removed.removeAll(after.presentersIn(session));
            var added = new ArrayList<>(new TreeSet<>(after.presentersIn(session)));
            added.removeAll(before.presentersIn(session));
            for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
                changes.add(new PlanChange(session,
                        i < removed.size() ? Optional.of(removed.get(i)) : Optional.empty(),
                        i < added.size() ? Optional.of(added.get(i)) : Optional.empty()));
            }
        }
        return changes;
    }

    @Override
    public String toString() {
        return session + ": " + before.map(MemberId::value).orElse("open place") + " -> "
                + after.map(MemberId::value).orElse("open place");
    }
}
