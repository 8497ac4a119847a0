package org.balint.core.evaluation;

import java.util.Objects;

/**
 * One learning objective of a group's series as members see it on the evaluation form: its position
 * on the form (counted from 1) and its statement, for example "Recognise one's own feelings as
 * information about the clinician–patient relationship".
 *
 * <p>Objectives are data chosen by each group's provider, never constants of the core. Build them
 * through {@link EvaluationForm#define}, which numbers and validates them.
 */
public record LearningObjective(int number, String statement) {

    public LearningObjective {
        Objects.requireNonNull(statement, "statement");
        if (number < 1) {
            throw new IllegalArgumentException("objectives are numbered from 1, got " + number);
        }
        statement = statement.strip();
        if (statement.isEmpty()) {
            throw new IllegalArgumentException("objective " + number + " needs a statement");
        }
    }

    @Override
    public String toString() {
        return "objective " + number + " (\"" + statement + "\")";
    }
}
