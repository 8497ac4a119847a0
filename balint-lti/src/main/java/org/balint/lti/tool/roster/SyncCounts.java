package org.balint.lti.tool.roster;

/**
 * How many people a roster sync changed or found.
 *
 * @param coLeadersAdded course faculty added to the group's faculty as co-leaders
 * @param left           registered members (or people waiting or under review) who left the course, and with it the group
 * @param unchanged      registered people still in the course
 * @param notRegistered  learners in the course who have not registered for the group
 */
public record SyncCounts(int coLeadersAdded, int left, int unchanged, int notRegistered) {

    /** Validates the counts. */
    public SyncCounts {
        if (coLeadersAdded < 0 || left < 0 || unchanged < 0 || notRegistered < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
