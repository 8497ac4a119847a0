/**
 * Database storage for the protocol's state, on plain JDBC: any Jakarta EE (or plain Java) tool can
 * hand these classes a {@link javax.sql.DataSource}. {@link org.balint.lti.protocol.store.LtiSchema}
 * migrates their tables. Each store operation runs in one transaction of its own, so several server
 * nodes sharing the database see one consistent state.
 */
package org.balint.lti.protocol.store;
