package org.balint.lti.tool.evaluation;

import java.util.List;
import java.util.Objects;
import org.balint.lti.tool.course.FieldViolation;

/**
 * What became of a member's evaluation or of the faculty's learning objectives: stored, or refused with
 * every reason (each beside its field where it concerns one), nothing stored.
 *
 * @param <T> what was stored
 */
public sealed interface EvaluationOutcome<T> permits EvaluationOutcome.Stored, EvaluationOutcome.Refused {

    /** Stored. */
    record Stored<T>(T value) implements EvaluationOutcome<T> {
        /** Validates the part. */
        public Stored {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Refused; nothing was stored. */
    record Refused<T>(List<FieldViolation> violations) implements EvaluationOutcome<T> {
        /** Validates and copies the reasons. */
        public Refused {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
        }
    }
}
