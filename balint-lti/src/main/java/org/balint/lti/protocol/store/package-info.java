/**
 * Database storage for the protocol's state, on plain JDBC: any Jakarta EE (or plain Java) tool can
 * hand these classes a {@link javax.sql.DataSource}. {@link org.balint.lti.protocol.store.LtiSchema}
 * migrates their tables. Each store operation runs in one transaction of its own, so several server
 * nodes sharing the database see one consistent state.
 *
 * <ul>
 * <li>{@link org.balint.lti.protocol.store.JdbcPlatformRegistry}: platform registrations and their
 *     deployments ({@code lti_platform_registration}, {@code lti_platform_deployment}). Launch-path
 *     lookups are answered from a copy in memory that is checked against a change counter after a
 *     short interval; administrative changes are versioned and answered with a
 *     {@link org.balint.lti.protocol.store.RegistryChange}.</li>
 * <li>{@link org.balint.lti.protocol.store.JdbcToolKeyStore}: the tool's signing keys
 *     ({@code lti_tool_key}), one active key for every node, rotation as a compare-and-set, private
 *     keys encrypted by {@link org.balint.lti.protocol.store.ToolKeyCipher} (JWE {@code dir} +
 *     {@code A256GCM}).</li>
 * </ul>
 *
 * <p>A failure of the database surfaces as {@link org.balint.lti.protocol.store.LtiStoreException}
 * with nothing written.
 */
package org.balint.lti.protocol.store;
