package org.balint.core.rotation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.validation.Validated;

/**
 * The rotation the group works from: a proposed plan that a leader published, with who published it
 * and when. It cannot be published again; a change means a re-plan and a new publication.
 */
public final class PublishedPlan implements RotationPlan {

    private final PlanContent content;
    private final Instant publishedAt;
    private final Actor publishedBy;
    private final Optional<PlanContent> replaces;

    PublishedPlan(PlanContent content, Instant publishedAt, Actor publishedBy, Optional<PlanContent> replaces) {
        this.content = Objects.requireNonNull(content, "content");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        this.publishedBy = Objects.requireNonNull(publishedBy, "publishedBy");
        this.replaces = Objects.requireNonNull(replaces, "replaces");
    }

    /**
     * Rebuilds a published plan from storage (for persistence adapters). The content is checked as the
     * planner would produce it: sessions within the series, no member twice in a session, no more
     * presenters in a session than case places.
     */
    public static Validated<PublishedPlan> restore(int sessionCount, int casesPerSession, int heldSessions,
            Collection<PresentationSlot> slots, Instant publishedAt, Actor publishedBy) {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedBy, "publishedBy");
        List<PresentationSlot> copy = List.copyOf(slots);
        return Validated.of(PlanContent.violations(sessionCount, casesPerSession, heldSessions, copy),
                () -> new PublishedPlan(new PlanContent(sessionCount, casesPerSession, heldSessions, copy),
                        publishedAt, publishedBy, Optional.empty()));
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Actor publishedBy() {
        return publishedBy;
    }

    /**
     * This publication, declared as replacing {@code inForce}: for a plan restored from elsewhere (an
     * import, a migration) that is meant to take the place of the plan the group works from. Plans
     * from the planner already know the plan they re-plan.
     */
    public PublishedPlan replacing(RotationPlan inForce) {
        return new PublishedPlan(content, publishedAt, publishedBy, Optional.of(PlanContent.of(inForce)));
    }

    /**
     * Whether this publication was planned from {@code inForce}, the plan the group works from now:
     * a re-plan of exactly that rotation, or a first plan when the group has none. Storage uses it to
     * refuse a publication made from a plan that another leader has since replaced, even across
     * requests. A plan restored from storage was planned from nothing known, so only a first plan fits.
     */
    public boolean plannedFrom(Optional<? extends RotationPlan> inForce) {
        return inForce.map(PlanContent::of).equals(replaces);
    }

    /** The audit record of the publication. */
    public AuditEntry auditEntry() {
        return new AuditEntry(publishedAt, publishedBy, "rotation-published", "published a rotation of "
                + content.slots().size() + " presentations over " + content.sessionCount() + " sessions");
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
        return o instanceof PublishedPlan other && content.equals(other.content)
                && publishedAt.equals(other.publishedAt) && publishedBy.equals(other.publishedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(content, publishedAt, publishedBy);
    }

    @Override
    public String toString() {
        return "rotation published by " + publishedBy + " at " + publishedAt + " " + content.slots();
    }
}
