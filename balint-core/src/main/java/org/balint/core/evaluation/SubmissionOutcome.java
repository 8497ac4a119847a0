package org.balint.core.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.validation.Violation;

/**
 * What became of a member's evaluation submission: recorded as their first evaluation of the group,
 * recorded in place of an earlier one, or refused with every reason.
 */
public sealed interface SubmissionOutcome
        permits SubmissionOutcome.Recorded, SubmissionOutcome.Replaced, SubmissionOutcome.Refused {

    /** The member's first evaluation of the group, now stored. */
    record Recorded(Evaluation evaluation) implements SubmissionOutcome {
        public Recorded {
            Objects.requireNonNull(evaluation, "evaluation");
        }
    }

    /** A new evaluation, stored in place of {@code previous}. */
    record Replaced(Evaluation previous, Evaluation evaluation) implements SubmissionOutcome {
        public Replaced {
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(evaluation, "evaluation");
        }
    }

    /** Nothing was stored; {@code violations} lists every reason. */
    record Refused(List<Violation> violations) implements SubmissionOutcome {
        public Refused {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one reason");
            }
        }
    }

    default boolean isAccepted() {
        return !(this instanceof Refused);
    }

    /** The evaluation now stored, unless the submission was refused. */
    default Optional<Evaluation> storedEvaluation() {
        if (this instanceof Recorded recorded) {
            return Optional.of(recorded.evaluation());
        }
        if (this instanceof Replaced replaced) {
            return Optional.of(replaced.evaluation());
        }
        return Optional.empty();
    }

    /** Every reason for refusal; empty when accepted. */
    default List<Violation> violations() {
        return this instanceof Refused refused ? refused.violations() : List.of();
    }
}
