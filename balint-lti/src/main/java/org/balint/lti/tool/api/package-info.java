/**
 * The tool's JSON API ({@code /api/v1}), used by the pages after a launch and open to other clients,
 * described with MicroProfile OpenAPI at {@code /openapi}.
 *
 * <p><b>Authentication.</b> Every call carries the launch session it works for as
 * {@code Authorization: Bearer <session token>}, the same token the pages of a launch carry; every
 * state-changing call (POST, PUT, PATCH, DELETE) also carries the session's CSRF token as
 * {@code X-CSRF-Token}. {@link org.balint.lti.tool.api.ApiGate} checks both once per request and
 * resolves the {@link org.balint.lti.tool.api.Caller}: the tenant (issuer and deployment), the platform
 * registration, the Balint member id, the Balint roles and the group of the launch.
 *
 * <p><b>Access rules are declared.</b> Every resource method names who may call it with
 * {@link org.balint.lti.tool.api.Allowed} ({@link org.balint.lti.tool.api.Access}: the member
 * themselves, the faculty of the group, an administrator of the platform, ...); a method without the
 * annotation is refused, and a test enumerates every method so that a new endpoint without a rule fails
 * the build. {@link org.balint.lti.tool.api.AccessRules} decides: {@code 401} without a session in force
 * ("open the activity from your course again"), {@code 403} for a missing CSRF token or a role that
 * does not reach, {@code 404} for a group or member outside the caller's reach, so that nothing reveals
 * what exists in another group, deployment or platform. Refusals are JSON
 * {@link org.balint.lti.tool.api.ApiProblem}s with a reason code and a sentence saying what to do.
 *
 * <p><b>What the API shows.</b> Schedules, presentation turns, attendance and credit decisions with
 * their reasons, read from Balint's records in one transaction of the caller's tenant by
 * {@link org.balint.lti.tool.api.MemberViews}, which the member's home page reads through as well. Never a case
 * narrative or a patient detail: Balint's records hold none.
 *
 * <p><b>Taking attendance.</b> The group's faculty read a session's sheet, mark a member or enter their
 * minutes, import the video meeting's attendance report ({@code text/csv}) and resolve the attendees it
 * could not match ({@link org.balint.lti.tool.api.AttendanceResource}), through the same service as the
 * attendance page; a refused change lists every reason and writes nothing.
 */
package org.balint.lti.tool.api;
