package org.balint.core.leadership;

import java.util.Objects;

/**
 * How far a candidate is with one requirement of a pathway: {@link Met} or {@link Unmet}, each with the
 * number required and the number achieved, and a sentence such as "9 of 12 supervised sessions; 3 to
 * go".
 */
public sealed interface RequirementProgress permits RequirementProgress.Met, RequirementProgress.Unmet {

    Requirement requirement();

    int required();

    int achieved();

    /** How many more are needed; 0 once met. */
    default int remaining() {
        return Math.max(0, required() - achieved());
    }

    /** What is counted, for example "consecutive months leading or co-leading a group". */
    String counted();

    /** "9 of 12 supervised sessions; 3 to go", or "12 of 12 supervised sessions; met". */
    default String summary() {
        return achieved() + " of " + required() + " " + counted() + "; "
                + (remaining() == 0 ? "met" : remaining() + " to go");
    }

    /** The candidate has at least the required number. */
    record Met(Requirement requirement, int required, int achieved, String counted) implements RequirementProgress {
        public Met {
            Objects.requireNonNull(requirement, "requirement");
            Objects.requireNonNull(counted, "counted");
            if (achieved < required) {
                throw new IllegalArgumentException(achieved + " of " + required + " is not met");
            }
        }
    }

    /** The candidate has fewer than the required number. */
    record Unmet(Requirement requirement, int required, int achieved, String counted) implements RequirementProgress {
        public Unmet {
            Objects.requireNonNull(requirement, "requirement");
            Objects.requireNonNull(counted, "counted");
            if (achieved >= required || achieved < 0) {
                throw new IllegalArgumentException(achieved + " of " + required + " is not unmet");
            }
        }
    }
}
