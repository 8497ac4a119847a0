package org.balint.core.registration;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.balint.core.audit.Actor;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.Groups;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * The registration use cases as a coordinator's application calls them: load the group and its
 * registrations from storage, apply the step at the clock's current instant, and store the group and
 * registrations again when the step was recorded. A refused step stores nothing.
 *
 * <p>The desk does not open transactions; callers that need the group and its registrations stored
 * atomically wrap each call in one.
 */
public final class RegistrationDesk {

    private final Groups groups;
    private final Registrations registrations;
    private final Clock clock;

    public RegistrationDesk(Groups groups, Registrations registrations, Clock clock) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Registers {@code form} for the group and screens it; see {@link GroupRegistrations#register}. */
    public RegistrationResult register(GroupId group, RegistrationForm form, Actor submittedBy) {
        return apply(group, (regs, g) -> regs.register(form, g, submittedBy, clock.instant()));
    }

    /** Applies a faculty decision on a referred registration; see {@link GroupRegistrations#decide}. */
    public RegistrationResult decide(FacultyDecision decision) {
        return apply(decision.group(), (regs, g) -> regs.decide(decision, g, clock.instant()));
    }

    /** Withdraws the registrant, promoting from the waitlist if a place frees; see {@link GroupRegistrations#withdraw}. */
    public RegistrationResult withdraw(GroupId group, MemberId registrant, Actor actor) {
        return apply(group, (regs, g) -> regs.withdraw(registrant, g, actor, clock.instant()));
    }

    /**
     * Records that the registrant left the course the group belongs to, which takes them out of the
     * group, the waitlist or faculty review; see {@link GroupRegistrations#leftTheCourse}.
     */
    public RegistrationResult recordLeftTheCourse(GroupId group, MemberId registrant, Actor actor) {
        return apply(group, (regs, g) -> regs.leftTheCourse(registrant, g, actor, clock.instant()));
    }

    /**
     * Fills free places from the waitlist, for example after a leader removed a member; see
     * {@link GroupRegistrations#promoteFromWaitlist}. Invalid only when the group does not exist.
     */
    public Validated<WaitlistPromotion> promoteFromWaitlist(GroupId group) {
        Optional<BalintGroup> found = groups.find(group);
        if (found.isEmpty()) {
            return Validated.invalid(groupNotFound(group));
        }
        var promotion = registrationsOf(group).promoteFromWaitlist(found.get(), clock.instant());
        if (!promotion.promoted().isEmpty()) {
            groups.save(promotion.group());
            registrations.save(promotion.registrations());
        }
        return Validated.valid(promotion);
    }

    /** The group's registrations as stored, or none yet. */
    public GroupRegistrations registrationsOf(GroupId group) {
        return registrations.forGroup(group).orElseGet(() -> GroupRegistrations.none(group));
    }

    private RegistrationResult apply(GroupId group,
            BiFunction<GroupRegistrations, BalintGroup, RegistrationResult> step) {
        Objects.requireNonNull(group, "group");
        Optional<BalintGroup> found = groups.find(group);
        if (found.isEmpty()) {
            return new RegistrationResult.Refused(List.of(groupNotFound(group)));
        }
        var result = step.apply(registrationsOf(group), found.get());
        if (result instanceof RegistrationResult.Recorded recorded) {
            if (!recorded.group().equals(found.get())) {
                groups.save(recorded.group());
            }
            registrations.save(recorded.registrations());
        }
        return result;
    }

    private static Violation groupNotFound(GroupId group) {
        return Violation.of("group-not-found", "there is no group " + group + ": check the link or ask the coordinator");
    }
}
