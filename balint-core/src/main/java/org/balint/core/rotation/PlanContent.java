package org.balint.core.rotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;

/** The who-presents-when content shared by proposed and published plans, with its invariants. */
record PlanContent(int sessionCount, int casesPerSession, int heldSessions, List<PresentationSlot> slots) {

    PlanContent {
        Objects.requireNonNull(slots, "slots");
        var sorted = new ArrayList<>(slots);
        sorted.sort(null);
        slots = List.copyOf(sorted);
        var violations = violations(sessionCount, casesPerSession, heldSessions, slots);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("broken plan: " + violations);
        }
    }

    /** Who presents when in {@code plan}, without who published it or when. */
    static PlanContent of(RotationPlan plan) {
        return new PlanContent(plan.sessionCount(), plan.casesPerSession(), plan.heldSessions(), plan.slots());
    }

    /** Every rule a plan with this content breaks (empty when it is a well-formed plan). */
    static List<Violation> violations(int sessionCount, int casesPerSession, int heldSessions,
            List<PresentationSlot> slots) {
        var violations = new ArrayList<Violation>();
        if (sessionCount < 1) {
            violations.add(Violation.of("no-sessions", "a plan covers at least one session; got " + sessionCount));
        }
        if (casesPerSession < 1) {
            violations.add(Violation.of("no-cases-per-session",
                    "a plan has at least one case per session; got " + casesPerSession));
        }
        if (heldSessions < 0 || heldSessions > sessionCount) {
            violations.add(Violation.of("held-sessions-out-of-range", "a plan of " + sessionCount
                    + " sessions cannot have " + heldSessions + " sessions held"));
        }
        var seen = new HashSet<PresentationSlot>();
        Map<SessionNumber, Integer> perSession = new HashMap<>();
        Set<SessionNumber> overfull = new java.util.TreeSet<>();
        for (PresentationSlot slot : slots) {
            if (slot.session().value() > sessionCount) {
                violations.add(Violation.of("session-out-of-range", slot.presenter() + " is planned for "
                        + slot.session() + " but the plan has only " + sessionCount + " sessions"));
            }
            if (!seen.add(slot)) {
                violations.add(Violation.of("duplicate-slot", slot.presenter() + " is listed twice in "
                        + slot.session() + "; a member presents at most one case per session"));
            }
            if (perSession.merge(slot.session(), 1, Integer::sum) > casesPerSession) {
                overfull.add(slot.session());
            }
        }
        for (SessionNumber session : overfull) {
            violations.add(Violation.of("too-many-presenters", session + " has " + perSession.get(session)
                    + " presenters but only " + casesPerSession + " case places"));
        }
        return violations;
    }
}
