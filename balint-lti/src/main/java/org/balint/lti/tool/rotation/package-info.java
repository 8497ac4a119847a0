/**
 * The group's case-presentation rotation as the tool's pages and API work with it, free of HTTP: the
 * leader's view of the plan (who presents in each session, whether everyone presents and, if not, who
 * cannot yet and why), the leader's changes (assign a volunteer, swap two turns, re-plan, publish,
 * answer members' swap requests) and a member's view of their own turns with their swap request.
 *
 * <p>Everything is worked out by the core's rotation rules ({@link org.balint.core.rotation}) over
 * Balint's records, each action in one transaction: the published plan and the leader's desk of
 * unpublished changes are read and written together, so a publication never leaves half its changes
 * behind. Only who presents when is kept: never any case content.
 */
package org.balint.lti.tool.rotation;
