package org.balint.core.leadership;

import java.util.List;
import java.util.Objects;
import org.balint.core.group.MemberId;

/**
 * A candidate's progress against a credentialing pathway: every requirement of the pathway, met or
 * unmet, with counts and what remains.
 */
public record PathwayProgress(MemberId candidate, List<RequirementProgress> requirements) {

    public PathwayProgress {
        Objects.requireNonNull(candidate, "candidate");
        requirements = List.copyOf(requirements);
    }

    /** Whether every requirement is met: the candidate has completed the pathway. */
    public boolean isComplete() {
        return requirements.stream().allMatch(RequirementProgress.Met.class::isInstance);
    }

    /** The requirements still unmet, in pathway order. */
    public List<RequirementProgress> unmet() {
        return requirements.stream().filter(RequirementProgress.Unmet.class::isInstance).toList();
    }

    /** The progress on {@code requirement}. */
    public RequirementProgress on(Requirement requirement) {
        return requirements.stream().filter(r -> r.requirement() == requirement).findFirst().orElseThrow();
    }
}
