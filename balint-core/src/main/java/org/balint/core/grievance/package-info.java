/**
 * Grievances: intake, routing to the committee chair, status and audit trail.
 */
package org.balint.core.grievance;
