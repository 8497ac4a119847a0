package org.balint.lti.tool.course;

import java.util.List;
import java.util.Objects;
import org.balint.core.group.BalintGroup;

/** What creating a group from the set-up form gave: the stored group, or every reason it was not created. */
public sealed interface GroupCreation {

    /** The group was stored. */
    record Created(BalintGroup group) implements GroupCreation {
        /** Validates the part. */
        public Created {
            Objects.requireNonNull(group, "group");
        }
    }

    /** Nothing was stored: every reason, beside its field where it has one. */
    record Invalid(List<FieldViolation> violations) implements GroupCreation {
        /** Validates the part and copies the list. */
        public Invalid {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid form has at least one reason");
            }
        }
    }
}
