/**
 * Courses and people of the LMS bound to Balint's groups and members. A placement of the tool (the
 * platform registration, deployment, course and resource link: {@link org.balint.lti.tool.placement.CourseKey})
 * leads to one Balint group ({@link org.balint.lti.tool.course.CourseBindings}, table
 * {@code lti_course_binding}); an LMS user is one Balint person per platform registration
 * ({@link org.balint.lti.tool.course.UserLinks}, table {@code lti_user_link}), with only the name and
 * e-mail address the platform sent.
 *
 * <p>{@link org.balint.lti.tool.course.CourseLaunches} decides where an accepted launch lands;
 * {@link org.balint.lti.tool.course.GroupSetup} lets a leader set the group up (or join its faculty);
 * {@link org.balint.lti.tool.course.MemberRegistration} registers a member through the core's
 * registration desk; {@link org.balint.lti.tool.course.GroupSetup#create} also creates a group no
 * placement leads to yet, for the content picker of deep linking. Each returns a {@link org.balint.lti.tool.course.LaunchView}: the page to show.
 * Balint's records are reached through {@link org.balint.lti.tool.course.BalintRecords}, one
 * transaction per unit of work, scoped to the tenant of the platform registration
 * ({@link org.balint.lti.tool.course.Tenancy}).
 */
package org.balint.lti.tool.course;
