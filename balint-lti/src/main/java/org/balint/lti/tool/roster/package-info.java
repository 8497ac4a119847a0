/**
 * A placement's Balint group kept in step with its course roster
 * (<a href="https://www.imsglobal.org/spec/lti-nrps/v2p0">NRPS 2.0</a>).
 *
 * <p>{@link org.balint.lti.tool.roster.RosterSync} reads the course's members through the membership
 * URL the placement's launches recorded, checks the whole roster, and applies it in one transaction of
 * Balint's records: course faculty join the group's faculty as co-leaders; registered people who left
 * the course leave the group with it ({@code left-the-course}); learners who have not registered are
 * only listed, because a clinician joins a group by registering and being screened. Nothing is ever
 * deleted. {@link org.balint.lti.tool.roster.RosterSyncStates} ({@code lti_roster_sync}) holds each
 * placement's last sync: the cross-node throttle of automatic syncs, the platform's differences link
 * and the last outcome. {@link org.balint.lti.tool.roster.CourseRosterSync} wires it in the application
 * and runs the sync after a leader's launch on the container's managed executor.
 */
package org.balint.lti.tool.roster;
