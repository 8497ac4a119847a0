package org.balint.core.grievance;

import java.util.ArrayList;
import java.util.List;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;

/**
 * Which steps a grievance may take: only its handling chair acts on it; acknowledging only from
 * received; resolving only from acknowledged, with a resolution note.
 */
final class TransitionRules {

    static final int MAX_NOTE_LENGTH = 4000;

    private TransitionRules() {
    }

    static List<Violation> checkAcknowledge(Grievance grievance, MemberId by) {
        var violations = new ArrayList<Violation>();
        checkHandler(grievance, by, "acknowledge", violations);
        if (grievance.status() == GrievanceStatus.ACKNOWLEDGED) {
            violations.add(Violation.of("grievance-already-acknowledged", "grievance " + grievance.id()
                    + " was acknowledged at " + grievance.acknowledgedAt().orElseThrow() + "; resolve it next"));
        } else if (grievance.status() == GrievanceStatus.RESOLVED) {
            violations.add(alreadyResolved(grievance));
        }
        return violations;
    }

    static List<Violation> checkResolve(Grievance grievance, MemberId by, String note) {
        var violations = new ArrayList<Violation>();
        checkHandler(grievance, by, "resolve", violations);
        if (grievance.status() == GrievanceStatus.RECEIVED) {
            violations.add(Violation.of("grievance-not-acknowledged", "grievance " + grievance.id()
                    + " has not been acknowledged; acknowledge it to the complainant before resolving it"));
        } else if (grievance.status() == GrievanceStatus.RESOLVED) {
            violations.add(alreadyResolved(grievance));
        }
        if (note.isEmpty()) {
            violations.add(Violation.of("blank-resolution-note",
                    "write a resolution note saying how the grievance was resolved"));
        } else if (note.length() > MAX_NOTE_LENGTH) {
            violations.add(Violation.of("resolution-note-too-long", "the resolution note is " + note.length()
                    + " characters; shorten it to at most " + MAX_NOTE_LENGTH));
        }
        return violations;
    }

    private static void checkHandler(Grievance grievance, MemberId by, String action, List<Violation> violations) {
        if (!grievance.handler().equals(by)) {
            violations.add(Violation.of("not-the-handling-chair", "grievance " + grievance.id() + " is handled by "
                    + grievance.handler() + "; only they can " + action + " it"));
        }
    }

    private static Violation alreadyResolved(Grievance grievance) {
        return Violation.of("grievance-already-resolved", "grievance " + grievance.id() + " was resolved at "
                + grievance.resolvedAt().orElseThrow() + "; a resolved grievance is closed");
    }
}
