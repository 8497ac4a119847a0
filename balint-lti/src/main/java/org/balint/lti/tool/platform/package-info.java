/**
 * What an LMS administrator manages of their own platform, the registration (issuer and client_id)
 * their launch came through, and nothing of another's: its deployments
 * ({@link org.balint.lti.tool.platform.PlatformAdministration}), the accreditation statements its
 * certificates print ({@link org.balint.lti.tool.platform.AccreditationSettings}) and the purge of its
 * records past retention ({@link org.balint.lti.tool.platform.RetentionAdministration}, previewed by a
 * purge that is rolled back). Each action is checked first and answers an
 * {@link org.balint.lti.tool.platform.AdminOutcome}: done with what changed, or refused with every
 * reason beside its field. Confirm buttons carry {@link org.balint.lti.tool.platform.OneTimeValues},
 * accepted once. {@link org.balint.lti.tool.platform.ToolKeys} reads and rotates the tool's keys for
 * the tool operator, whose they are: they sign for every platform.
 *
 * <p>Plain Java over the tool's stores and Balint's persistence: the admin pages
 * ({@code org.balint.lti.tool.web}) and {@code /api/v1/platform} ({@code org.balint.lti.tool.api}) call
 * the same services.
 */
package org.balint.lti.tool.platform;
