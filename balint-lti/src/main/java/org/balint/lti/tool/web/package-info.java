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
 * ({@code /lti/group/setup}, {@code /lti/group/faculty}, {@code /lti/group/register}) and a leader's
 * roster sync ({@code POST /lti/group/roster/sync}, {@link RosterSyncResource}, pages in
 * {@link RosterPages}).
 *
 * <p>A leader's group pages besides Home: {@link MembersPage} (the faculty-review queue, the waitlist,
 * every registration's standing and screening, the last roster sync; forms in {@link MembersResource}),
 * {@link LeaderLogPage} (the leader's own log and pathway progress; forms in {@link LeaderLogResource})
 * and {@link CreditPage} (credit and gradebook sync status; forms in {@link CreditPagesResource}).
 */
package org.balint.lti.tool.web;
