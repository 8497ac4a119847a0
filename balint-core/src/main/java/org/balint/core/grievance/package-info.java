/**
 * Grievances about a Balint group program: intake, routing to the grievance committee chair, the steps
 * received → acknowledged → resolved, and the audit trail of every step.
 *
 * <h2>Intake and routing</h2>
 * {@link org.balint.core.grievance.GrievanceDesk#file} receives a
 * {@link org.balint.core.grievance.GrievanceFiling} (who, which group, the text, and whether faculty may
 * see the complainant's name) and routes it to the committee chair configured in
 * {@link org.balint.core.grievance.GrievanceRouting}. When no chair is configured the grievance is
 * refused with the reason {@code no-committee-chair}, so that no grievance ever sits unrouted. A
 * grievance filed by the chair goes to the deputy chair; without a deputy it is refused with
 * {@code no-independent-chair}. A grievance about a group may be about its leaders, so when the caller
 * names the group's faculty the chair does not handle a grievance about a group they lead: the deputy
 * does, and when the deputy leads it too the grievance is refused with {@code no-independent-chair}.
 *
 * <h2>Steps</h2>
 * Only the handling chair acts on a grievance. It moves forward one step at a time: acknowledged from
 * received, resolved (with a resolution note) from acknowledged. Any other step is refused with every
 * reason ({@code not-the-handling-chair}, {@code grievance-already-acknowledged},
 * {@code grievance-not-acknowledged}, {@code grievance-already-resolved}, {@code blank-resolution-note}
 * …) and nothing changes. The times come from the injected {@link java.time.Clock}; each step appends
 * an {@link org.balint.core.audit.AuditEntry} naming who took it.
 *
 * <h2>Anonymity toward faculty</h2>
 * The chair sees the whole {@link org.balint.core.grievance.Grievance}. Faculty see a
 * {@link org.balint.core.grievance.FacultyGrievanceView}, which leaves out the complainant when they
 * asked for {@link org.balint.core.grievance.Disclosure#ANONYMOUS_TO_FACULTY anonymity toward faculty},
 * and always leaves out the audit trail, whose entries name the complainant as an actor.
 *
 * <h2>Confidentiality</h2>
 * The core does not screen grievance text. Filing forms show
 * {@link org.balint.core.grievance.GrievanceFiling#TEXT_NOTICE}, which asks complainants to describe
 * their concern about the program without patient details or case narratives. Audit descriptions
 * never repeat the text.
 */
package org.balint.core.grievance;
