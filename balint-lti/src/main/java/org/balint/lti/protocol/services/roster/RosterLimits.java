package org.balint.lti.protocol.services.roster;

/**
 * Bounds on one roster read; beyond them the read is refused as a whole.
 *
 * @param maxPages   the most pages followed
 * @param maxMembers the most members accepted over all pages
 */
public record RosterLimits(int maxPages, int maxMembers) {

    /** Validates the limits. */
    public RosterLimits {
        if (maxPages < 1 || maxMembers < 1) {
            throw new IllegalArgumentException("Roster limits must be positive");
        }
    }

    /** At most 200 pages and 20 000 members: far above a course with small peer groups. */
    public static RosterLimits defaults() {
        return new RosterLimits(200, 20_000);
    }
}
