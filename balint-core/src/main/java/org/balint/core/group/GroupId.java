package org.balint.core.group;

import java.util.Objects;

/** Identifies one Balint group series. The value is opaque to the core (an LMS-derived key, a UUID…). */
public record GroupId(String value) {

    /** The longest id storage keeps (OpenID Connect subjects, for example, have at most 255 characters). */
    public static final int MAX_LENGTH = 255;

    public GroupId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a group id cannot be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a group id has at most " + MAX_LENGTH + " characters, not "
                    + value.length() + ": derive a shorter key (for example a hash of the platform's id)");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
