package org.balint.core.group;

import java.util.Objects;

/** Identifies one Balint group series. The value is opaque to the core (an LMS-derived key, a UUID…). */
public record GroupId(String value) {

    public GroupId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a group id cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
