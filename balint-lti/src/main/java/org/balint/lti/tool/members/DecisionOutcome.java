package org.balint.lti.tool.members;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.lti.tool.course.FieldViolation;

/** What came of a faculty decision: applied, or refused with every reason and nothing changed. */
public sealed interface DecisionOutcome {

    /**
     * The decision was applied.
     *
     * @param entry    the registration as it now stands
     * @param promoted names of anyone moved from the waitlist into the group by this step
     */
    record Decided(RosterEntry entry, List<String> promoted) implements DecisionOutcome {
        /** Validates and copies the parts. */
        public Decided {
            Objects.requireNonNull(entry, "entry");
            promoted = List.copyOf(promoted);
        }

        /** One sentence saying what happened, for the page's notice. */
        public String summary() {
            String what;
            switch (entry.standing()) {
                case ACCEPTED:
                    what = entry.name() + " is accepted into the group.";
                    break;
                case WAITLISTED:
                    what = entry.name() + " is accepted and waits for a place: position "
                            + entry.waitlistPosition().map(String::valueOf).orElse("?") + " on the waitlist.";
                    break;
                default:
                    what = entry.name() + " is told that a later series is recommended, with the reason you chose.";
            }
            return what + (promoted.isEmpty() ? "" : " Promoted from the waitlist: " + String.join(", ", promoted) + ".");
        }
    }

    /**
     * Nothing was changed.
     *
     * @param status     the HTTP status that fits: 400 for a form to correct, 409 when the registration
     *                   no longer awaits review or the group refuses, 404 when the group is gone
     * @param violations every reason, placed at the field it concerns where there is one
     */
    record Refused(int status, List<FieldViolation> violations) implements DecisionOutcome {
        /** Validates and copies the parts. */
        public Refused {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs its reasons");
            }
        }
    }

    /** The refusal's reasons, empty when decided. */
    default List<FieldViolation> violations() {
        return this instanceof Refused refused ? refused.violations() : List.of();
    }

    /** The decided entry, empty when refused. */
    default Optional<RosterEntry> decided() {
        return this instanceof Decided decided ? Optional.of(decided.entry()) : Optional.empty();
    }
}
