package org.balint.core.grievance;

import java.util.Optional;

/**
 * Where a grievance stands. It only ever moves forward, one step at a time: received (filed and routed
 * to the committee chair), acknowledged (the chair has told the complainant it is being handled),
 * resolved (the chair has closed it with a resolution note).
 */
public enum GrievanceStatus {
    RECEIVED("received"),
    ACKNOWLEDGED("acknowledged"),
    RESOLVED("resolved");

    private final String label;

    GrievanceStatus(String label) {
        this.label = label;
    }

    /** How the status reads in a sentence. */
    public String label() {
        return label;
    }

    /** The status that follows this one; none after resolved. */
    public Optional<GrievanceStatus> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
