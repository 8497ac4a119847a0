/**
 * The admin API under {@code /api/admin}: platform registrations (list, read, create from fields or
 * a Moodle or Canvas preset, replace, delete, add and remove deployments) and the tool's keys (list,
 * rotate). Every request needs the bearer token configured as {@code balint.admin.token}
 * ({@link org.balint.lti.tool.admin.AdminTokenFilter}); without one the API is switched off.
 * Bodies are JSON through JSON-B; refusals are {@code {"code", "status", "message"}}; every change is
 * checked in full first, written in one transaction and logged without secrets.
 *
 * <p>The HTTP-free operations ({@link org.balint.lti.tool.admin.RegistrationAdmin},
 * {@link org.balint.lti.tool.admin.ToolKeyAdmin}) answer with an
 * {@link org.balint.lti.tool.admin.AdminAnswer}; the resources only translate requests and answers.
 */
package org.balint.lti.tool.admin;
