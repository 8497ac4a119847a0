/**
 * The tool's HTTP face: OIDC login initiation ({@code GET|POST /lti/login}), the launch
 * ({@code POST /lti/launch}, {@code POST /lti/launch/platform-storage}) and the tool's public key set
 * ({@code GET /lti/jwks}). Every refusal is answered with its HTTP status, its reason code and a sentence saying what to do next, as an HTML
 * page or, when the client asks for {@code application/json}, as JSON.
 *
 * <p>The login gives the browser a secret (the browser binding) that the launch must bring back. It
 * travels in a cookie named after the login's state, so several launches in one browser do not
 * disturb each other. When the tool is served over https the cookie is {@code SameSite=None; Secure}
 * so it survives the LMS's cross-site frame; on plain http (local development) browsers refuse
 * {@code Secure} cookies, so it is an {@code HttpOnly; SameSite=Lax} cookie, which works when the
 * platform and the tool are on the same site (both {@code localhost}).
 *
 * <p>When the platform offers LTI platform storage ({@code lti_storage_target}), the login also keeps
 * the secret with the platform's page ({@code lti.put_data}), and a launch whose cookie did not come
 * back reads it from there ({@code lti.get_data}) and finishes at {@code POST
 * /lti/launch/platform-storage}, which only the tool's own page may call ({@link PlatformStorage}).
 *
 * <p>After a launch, the pages post back with the launch session and its CSRF token: the group forms
 * ({@code /lti/group/setup}, {@code /lti/group/faculty}, {@code /lti/group/register}), a leader's
 * roster sync ({@code POST /lti/group/roster/sync}, {@link RosterSyncResource}, pages in
 * {@link RosterPages}).
 *
 * <p>The leaders' attendance page ({@link AttendancePage}, HTML by {@link AttendanceSections}) posts to
 * {@code /lti/attendance/...} ({@link AttendancePagesResource}): a one-click mark per member, minutes,
 * the report upload ({@code multipart/form-data}, at most 1 MiB) and the resolver of unmatched attendees.
 *
 * <p>Every resource method here declares who may call it with
 * {@link org.balint.lti.tool.access.FormAccess}: the protocol steps and public documents are
 * {@code PUBLIC}, the forms name the role of the session's group they are for.
 *
 * <p>The case-presentation rotation has a group page for leaders, {@link RotationPage} (the plan per
 * session, the "everyone presents" guarantee, volunteers, swaps, re-plan, publish and the members' swap
 * requests; forms under {@code /lti/rotation}, {@link RotationResource}), and one for members,
 * {@link PresentingPage} (their turns and a swap request; {@code POST /lti/presenting/request},
 * {@link PresentingResource}), both rendered by {@link RotationPages}.
 *
 * {@link RosterPages}) and a member's time-zone choice ({@code POST /lti/member/time-zone},
 * {@link MemberHomeResource}). An accepted member lands on their home page ({@link MemberHomePage},
 * rendered by {@link MemberHomeHtml}).
 *
 * <p>A leader's group pages besides Home: {@link MembersPage} (the faculty-review queue, the waitlist,
 * every registration's standing and screening, the last roster sync; forms in {@link MembersResource}),
 * {@link LeaderLogPage} (the leader's own log and pathway progress; forms in {@link LeaderLogResource})
 * and {@link CreditPage} (credit and gradebook sync status; forms in {@link CreditPagesResource}).
 */
package org.balint.lti.tool.web;
