/**
 * The grievance procedure in the tool, over the core's {@code org.balint.core.grievance}: each platform
 * deployment (tenant) has its own grievance committee, whose chair and deputy chair are administrators of that
 * platform who took the seat in the tool ({@link org.balint.lti.tool.grievance.CommitteeSeats}, table
 * {@code lti_grievance_committee}). A member's concern is routed by the core to the chair, or to the deputy
 * when the chair raised it or leads the group; it reaches them in the committee's queue, where only the
 * handling chair sees who raised it and acknowledges and resolves it.
 * {@link org.balint.lti.tool.grievance.ProgramGrievances} serves the pages and the JSON API alike.
 */
package org.balint.lti.tool.grievance;
