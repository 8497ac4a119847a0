package org.balint.core.group;

import java.util.Objects;

/**
 * Identifies one person taking part in a group: a member or a faculty member. Opaque to the core; an
 * LMS adapter typically derives it from the platform's user id.
 */
public record MemberId(String value) implements Comparable<MemberId> {

    /** The longest id storage keeps (OpenID Connect subjects, for example, have at most 255 characters). */
    public static final int MAX_LENGTH = 255;

    public MemberId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a member id cannot be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a member id has at most " + MAX_LENGTH + " characters, not "
                    + value.length() + ": derive a shorter key (for example a hash of the platform's id)");
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
