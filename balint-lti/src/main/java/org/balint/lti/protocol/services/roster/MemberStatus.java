package org.balint.lti.protocol.services.roster;

import java.util.Arrays;
import java.util.Optional;

/** A member's status in the context; absent in a membership means {@link #ACTIVE}. */
public enum MemberStatus {
    /** Currently a member. */
    ACTIVE("Active"),
    /** Still enrolled but not active (suspended, not started). */
    INACTIVE("Inactive"),
    /** Left the context (only in differences). */
    DELETED("Deleted");

    private final String wireName;

    MemberStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in NRPS, e.g. {@code Active}. */
    public String wireName() {
        return wireName;
    }

    /** The status named {@code value} (case-insensitive), if it is one. */
    public static Optional<MemberStatus> of(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName.equalsIgnoreCase(value)).findFirst();
    }
}
