package org.balint.core.rotation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.audit.Actor;

/**
 * A rotation the planner has proposed and nobody has published yet: the leader can review it, ask
 * for another re-plan, or {@linkplain #publish publish} it to the group. Only the planner creates
 * proposed plans, so every proposed plan respects the declared availability of its members.
 */
public final class ProposedPlan implements RotationPlan {

    private final PlanContent content;
    private final Optional<RotationPlan> basis;

    ProposedPlan(PlanContent content, Optional<RotationPlan> basis) {
        this.content = Objects.requireNonNull(content, "content");
        this.basis = Objects.requireNonNull(basis, "basis");
    }

    /**
     * The plan this proposal re-plans (the request's current plan), or empty for a group's first plan.
     * Publishing keeps it, so storage can refuse a publication whose basis is no longer the plan in force.
     */
    public Optional<RotationPlan> basis() {
        return basis;
    }

    /**
     * Publishes this plan to the group: from now on it is the rotation members see and the one the
     * next re-plan starts from.
     *
     * @param publishedBy who published it (normally the group leader)
     * @param publishedAt when it was published (take it from the application's clock)
     */
    public PublishedPlan publish(Actor publishedBy, Instant publishedAt) {
        return new PublishedPlan(content, publishedAt, publishedBy, basis.map(PlanContent::of));
    }

    @Override
    public int sessionCount() {
        return content.sessionCount();
    }

    @Override
    public int casesPerSession() {
        return content.casesPerSession();
    }

    @Override
    public int heldSessions() {
        return content.heldSessions();
    }

    @Override
    public List<PresentationSlot> slots() {
        return content.slots();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProposedPlan other && content.equals(other.content);
    }

    @Override
    public int hashCode() {
        return content.hashCode();
    }

    @Override
    public String toString() {
        return "proposed rotation " + content.slots();
    }
}
