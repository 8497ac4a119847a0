package org.balint.core.evaluation;

import java.util.Objects;

/**
 * The group's figures for one learning objective: the mean rating before and after the series over
 * the complete evaluations, and the change between them.
 */
public record ObjectiveSummary(LearningObjective objective, double meanBefore, double meanAfter) {

    public ObjectiveSummary {
        Objects.requireNonNull(objective, "objective");
        if (!Double.isFinite(meanBefore) || !Double.isFinite(meanAfter)) {
            throw new IllegalArgumentException("means must be finite numbers");
        }
    }

    /** Mean after minus mean before: positive when members rate themselves higher after the series. */
    public double change() {
        return meanAfter - meanBefore;
    }
}
