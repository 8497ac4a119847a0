/**
 * Grievances kept in the database: each grievance about a group programme with its status, the times
 * of each step, the complainant's choice of disclosure toward faculty, the resolution note and the
 * audit trail of every step.
 *
 * <p>{@link org.balint.persistence.grievance.JpaGrievanceStore} is the core's
 * {@link org.balint.core.grievance.GrievanceStore}, bound to one tenant and working in the caller's
 * transaction. It issues the tenant's references ({@code GRV-00001} onwards) from a counter row that
 * stays locked until the filing transaction ends; a reference names one grievance of the tenant (the
 * unique constraint {@code uq_grievance_reference}). Grievances are changed in place, with a version
 * increment per change (optimistic locking), and the database checks that the status, its times and
 * the resolution agree. Groups are referred to by their id value, deliberately without a foreign key
 * to the group table: a grievance is the complaints committee's record and is kept under its own rules
 * when the retention purge removes the group's personal data.
 *
 * <p>The grievance text and resolution note are people's own words about the programme, not case
 * narratives: they are stored as written and never logged or put into exception messages. Faculty-facing
 * views are the core's concern ({@link org.balint.core.grievance.Grievance#facultyView()}); this
 * package stores what the committee chair sees.
 */
package org.balint.persistence.grievance;
