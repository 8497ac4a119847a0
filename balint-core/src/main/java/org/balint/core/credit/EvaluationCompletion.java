package org.balint.core.credit;

/**
 * Whether a member has completed the series evaluation, as far as credit is concerned. Policies that
 * require a completed evaluation release credit only for {@link #COMPLETED}.
 */
public enum EvaluationCompletion {
    COMPLETED,
    NOT_COMPLETED;

    /** {@link #COMPLETED} when {@code completed} is true. */
    public static EvaluationCompletion of(boolean completed) {
        return completed ? COMPLETED : NOT_COMPLETED;
    }

    public boolean isCompleted() {
        return this == COMPLETED;
    }
}
