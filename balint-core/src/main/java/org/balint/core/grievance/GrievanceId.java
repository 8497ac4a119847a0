package org.balint.core.grievance;

import java.util.Objects;

/** The reference of one grievance, issued by the {@link GrievanceStore}; opaque to the core. */
public record GrievanceId(String value) {

    public GrievanceId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a grievance reference cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
