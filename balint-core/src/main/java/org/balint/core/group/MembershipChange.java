package org.balint.core.group;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.validation.Violation;

/**
 * The outcome of asking a group to take on or let go of a member: the changed group, or the reasons
 * the change was refused (every one of them), in which case nothing changed.
 */
public sealed interface MembershipChange permits MembershipChange.Joined, MembershipChange.Left,
        MembershipChange.Refused {

    /** The member joined; {@code group} is the group with them in it. */
    record Joined(BalintGroup group, Member member) implements MembershipChange {
        public Joined {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(member, "member");
        }
    }

    /** The member left; {@code group} is the group without them. */
    record Left(BalintGroup group, Member member, Departure departure) implements MembershipChange {
        public Left {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(departure, "departure");
        }
    }

    /** Nothing changed, for these reasons. */
    record Refused(List<Violation> reasons) implements MembershipChange {
        public Refused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one reason");
            }
        }
    }

    /** How a member left: before the series began, or part-way through it. */
    enum Departure {
        /** Left before the first session started; their place was never used. */
        WITHDREW_BEFORE_START,
        /** Left after the series had started: a drop-out, which the rotation has to plan around. */
        DROPPED_OUT
    }

    /** The group after the change; empty when refused. */
    default Optional<BalintGroup> changedGroup() {
        if (this instanceof Joined joined) {
            return Optional.of(joined.group());
        }
        if (this instanceof Left left) {
            return Optional.of(left.group());
        }
        return Optional.empty();
    }

    /** Why the change was refused; empty when it was made. */
    default List<Violation> reasons() {
        return this instanceof Refused refused ? refused.reasons() : List.of();
    }
}
