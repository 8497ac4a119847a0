package org.balint.core.group;

/**
 * The part a faculty member plays in a group series. Faculty lead the sessions; they are never
 * members and never present cases.
 */
public enum FacultyRole {
    /** Leads the group and is responsible for it. Every group has exactly one. */
    LEADER("leader"),
    /** Leads alongside the leader. A group may have several, or none. */
    CO_LEADER("co-leader"),
    /** A leader in training who co-leads this group under a supervisor's guidance. */
    CANDIDATE_LEADER("candidate leader"),
    /**
     * Supervises the candidate leader; usually an accredited leader, possibly the group's own leader
     * or co-leader, who need not attend the sessions.
     */
    SUPERVISOR("supervisor");

    private final String label;

    FacultyRole(String label) {
        this.label = label;
    }

    /** How the role reads in a sentence, e.g. "candidate leader". */
    public String label() {
        return label;
    }
}
