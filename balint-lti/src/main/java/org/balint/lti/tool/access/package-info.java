/**
 * Who may call the tool's endpoints outside the JSON API: {@link org.balint.lti.tool.access.FormAccess}
 * on every form and protocol endpoint. Together with {@link org.balint.lti.tool.api.Allowed} (the JSON
 * API) and the admin API's token, every endpoint of the tool declares its callers, and the
 * access-control tests check each declaration against the running tool.
 */
package org.balint.lti.tool.access;
