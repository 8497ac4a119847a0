package org.balint.core.evaluation;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How one member rated one learning objective: before the series and after it, each absent until the
 * member has given it.
 */
public record ObjectiveRating(LearningObjective objective, OptionalInt before, OptionalInt after) {

    public ObjectiveRating {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Whether the objective is rated both before and after the series. */
    public boolean isComplete() {
        return before.isPresent() && after.isPresent();
    }

    /** After minus before, when both are given. */
    public OptionalInt change() {
        return isComplete() ? OptionalInt.of(after.getAsInt() - before.getAsInt()) : OptionalInt.empty();
    }
}
