/**
 * Platform registrations: what the tool knows about each LMS that may launch it, and how to find
 * the right one for a message.
 *
 * <p>A {@link PlatformRegistration} is identified by issuer plus client_id: Moodle's issuer is its
 * site URL (one issuer, one or more client_ids), while every Canvas Cloud account shares the issuer
 * {@code https://canvas.instructure.com} and differs only in client_id. The {@link PlatformRegistry}
 * interface is the port; {@link InMemoryPlatformRegistry} keeps registrations in memory, and
 * {@code org.balint.lti.protocol.store.JdbcPlatformRegistry} keeps them in a database shared by
 * several nodes. {@link PlatformPresets}
 * fills in the endpoint conventions of Moodle and Canvas (production, beta, test, self-hosted).
 */
package org.balint.lti.protocol.platform;
