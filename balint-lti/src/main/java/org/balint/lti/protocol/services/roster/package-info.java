/**
 * Names and Role Provisioning Services 2.0
 * (<a href="https://www.imsglobal.org/spec/lti-nrps/v2p0">NRPS 2.0</a>): the members of a context.
 *
 * <p>{@link RosterClient} reads the whole membership container, following {@code Link: rel="next"}
 * pages within {@link RosterLimits}, and reports the {@code rel="differences"} link when the platform
 * offers one; the differences are read the same way. A roster is all or nothing: any malformed,
 * wrongly typed or oversized page refuses the whole read with a {@link RosterProblem} reason code,
 * so a caller never writes a partial roster. Only the fields a tool needs are kept: user id, roles,
 * status, and the name and email only when the platform sends them.
 */
package org.balint.lti.protocol.services.roster;
