package org.balint.core.rotation;

import java.util.Objects;
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

    @Override
    public String toString() {
        return session + ": " + before.map(MemberId::value).orElse("open place") + " -> "
                + after.map(MemberId::value).orElse("open place");
    }
}
