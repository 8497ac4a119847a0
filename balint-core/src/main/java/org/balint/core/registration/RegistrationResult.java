package org.balint.core.registration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.BalintGroup;
import org.balint.core.validation.Violation;

/**
 * The outcome of a registration step (registering, a faculty decision, a withdrawal): either the
 * step was recorded, with the updated registrations and group, or it was refused with every reason
 * and nothing changed.
 */
public sealed interface RegistrationResult permits RegistrationResult.Recorded, RegistrationResult.Refused {

    /**
     * The step was recorded. {@code registration} is the registrant's registration in its new state;
     * {@code group} includes them when accepted; {@code promoted} lists anyone moved from the waitlist
     * into the group because this step freed a place.
     */
    record Recorded(GroupRegistrations registrations, BalintGroup group, Registration registration,
            List<Registration.Accepted> promoted) implements RegistrationResult {
        public Recorded {
            Objects.requireNonNull(registrations, "registrations");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(registration, "registration");
            promoted = List.copyOf(promoted);
        }
    }

    /** Nothing was recorded, for these reasons. */
    record Refused(List<Violation> reasons) implements RegistrationResult {
        public Refused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one reason");
            }
        }
    }

    /** The registration in its new state; empty when refused. */
    default Optional<Registration> recordedRegistration() {
        return this instanceof Recorded recorded ? Optional.of(recorded.registration()) : Optional.empty();
    }

    /** Why the step was refused; empty when it was recorded. */
    default List<Violation> reasons() {
        return this instanceof Refused refused ? refused.reasons() : List.of();
    }
}
