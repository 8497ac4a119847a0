package org.balint.persistence.rotation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.balint.core.audit.Actor;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.rotation.PresentationSlot;
import org.balint.core.rotation.PublishedPlan;
import org.balint.core.validation.Validated;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.time.UtcTimestampConverter;

/**
 * Maps a {@link PublishedPlan} to its rows and back. An update changes the plan row in place; slots
 * are matched by session and presenter, so a re-plan only removes the slots that moved and adds the
 * new ones.
 */
final class RotationPlanMapper {

    static final int MAX_ID = 255;

    private RotationPlanMapper() {
    }

    /**
     * The plan the rows hold.
     *
     * @throws IllegalStateException when the rows hold no well-formed plan (they were changed outside
     *     Balint)
     */
    static PublishedPlan toCore(RotationPlanEntity entity) {
        List<PresentationSlot> slots = entity.slots().stream()
                .map(row -> PresentationSlot.of(SessionNumber.of(row.sessionNumber()), new MemberId(row.presenterId())))
                .sorted()
                .collect(Collectors.toUnmodifiableList());
        Validated<PublishedPlan> restored = PublishedPlan.restore(entity.sessionCount(), entity.casesPerSession(),
                entity.heldSessions(), slots, entity.publishedAt(), publisher(entity));
        if (restored instanceof Validated.Valid<PublishedPlan> valid) {
            return valid.value();
        }
        throw new IllegalStateException("the stored rotation plan of group " + entity.groupId() + " is not a well-formed plan: "
                + restored.violations());
    }

    /** New rows for {@code group}'s plan, owned by {@code owner}. */
    static RotationPlanEntity toEntity(TenantScope owner, GroupId group, PublishedPlan plan) {
        RotationPlanEntity entity = new RotationPlanEntity(owner, fitting(group.value(), "group id"));
        apply(owner, plan, entity);
        return entity;
    }

    /** {@code plan} as it reads back once stored (the publication time to the microsecond). */
    static PublishedPlan storable(TenantScope owner, GroupId group, PublishedPlan plan) {
        return toCore(toEntity(owner, group, plan));
    }

    /** Makes the rows of {@code entity} hold {@code plan}. */
    static void apply(TenantScope owner, PublishedPlan plan, RotationPlanEntity entity) {
        entity.shaped(plan.sessionCount(), plan.casesPerSession(), plan.heldSessions());
        if (plan.publishedBy() instanceof Actor.Person person) {
            entity.published(UtcTimestampConverter.storable(plan.publishedAt()), RotationPlanEntity.PERSON,
                    fitting(person.id().value(), "member id"));
        } else {
            entity.published(UtcTimestampConverter.storable(plan.publishedAt()), RotationPlanEntity.PROCESS,
                    fitting(((Actor.Process) plan.publishedBy()).name(), "process name"));
        }
        Set<PresentationSlot> wanted = new HashSet<>(plan.slots());
        entity.slots().removeIf(row -> !wanted.contains(slotOf(row)));
        Set<PresentationSlot> kept = entity.slots().stream().map(RotationPlanMapper::slotOf).collect(Collectors.toSet());
        for (PresentationSlot slot : plan.slots()) {
            if (!kept.contains(slot)) {
                entity.slots().add(new RotationSlotEntity(owner, entity, slot.session().value(),
                        fitting(slot.presenter().value(), "member id")));
            }
        }
    }

    private static PresentationSlot slotOf(RotationSlotEntity row) {
        return PresentationSlot.of(SessionNumber.of(row.sessionNumber()), new MemberId(row.presenterId()));
    }

    private static Actor publisher(RotationPlanEntity entity) {
        switch (entity.publishedByKind()) {
            case RotationPlanEntity.PERSON:
                return new Actor.Person(new MemberId(entity.publishedBy()));
            case RotationPlanEntity.PROCESS:
                return new Actor.Process(entity.publishedBy());
            default:
                throw new IllegalStateException("the stored rotation plan of group " + entity.groupId()
                        + " names a publisher of kind " + entity.publishedByKind() + ", which Balint does not know");
        }
    }

    private static String fitting(String value, String what) {
        if (value.length() > MAX_ID) {
            throw new IllegalArgumentException("a " + what + " of " + value.length() + " characters cannot be stored; at most " + MAX_ID
                    + " are");
        }
        return value;
    }
}
