/**
 * Deep Linking 2.0 for Balint: an instructor opens the tool from the LMS's content picker
 * ({@code LtiDeepLinkingRequest}), creates a Balint group with the set-up form or picks one of the
 * tenant's groups that no placement leads to yet, and the tool answers with a signed
 * {@code LtiDeepLinkingResponse}: one {@code ltiResourceLink} titled after the group, the custom
 * parameter {@value org.balint.lti.tool.course.CourseLaunches#GROUP_PARAMETER} naming it, and a line
 * item for the series' CE credit. The LMS places the link; its first launch binds the placement to the
 * group ({@link org.balint.lti.tool.course.CourseLaunches}).
 *
 * <p>{@link org.balint.lti.tool.deeplinking.DeepLinking} decides; between the request and the
 * instructor's choice the request's context stays on the server
 * ({@link org.balint.lti.tool.deeplinking.DeepLinkSessions}, table {@code lti_deep_link_session}),
 * reached with a session token and a CSRF token the page carries, and answered at most once. The
 * groups created here are remembered by tenant ({@link org.balint.lti.tool.deeplinking.PlaceableGroups},
 * table {@code lti_deep_linked_group}) so a later request can offer the ones still unplaced. Only
 * instructors and teaching assistants deep-link; nothing here knows HTTP.
 */
package org.balint.lti.tool.deeplinking;
