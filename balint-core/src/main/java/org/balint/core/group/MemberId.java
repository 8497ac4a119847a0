package org.balint.core.group;

import java.util.Objects;

/**
 * Identifies one person taking part in a group: a member or a faculty member. Opaque to the core; an
 * LMS adapter typically derives it from the platform's user id.
 */
public record MemberId(String value) implements Comparable<MemberId> {

    public MemberId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a member id cannot be blank");
        }
    }

    @Override
    public int compareTo(MemberId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
