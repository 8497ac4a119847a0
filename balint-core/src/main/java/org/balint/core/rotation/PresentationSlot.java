package org.balint.core.rotation;

import java.util.Comparator;
import java.util.Objects;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;

/**
 * One member presenting a case in one session: "Ames presents in session 3". It names the presenter
 * and the session, nothing else: a rotation never holds any case content.
 *
 * <p>The same shape describes a volunteer's offer ("Ames has a case for session 3") and a leader's
 * override ("Ames presents in session 3, whatever the planner would do").
 */
public record PresentationSlot(SessionNumber session, MemberId presenter) implements Comparable<PresentationSlot> {

    private static final Comparator<PresentationSlot> ORDER =
            Comparator.comparing(PresentationSlot::session).thenComparing(PresentationSlot::presenter);

    public PresentationSlot {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(presenter, "presenter");
    }

    public static PresentationSlot of(SessionNumber session, MemberId presenter) {
        return new PresentationSlot(session, presenter);
    }

    /** Session order first, then member id: the order slots are listed in a plan. */
    @Override
    public int compareTo(PresentationSlot other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return presenter + " in " + session;
    }
}
