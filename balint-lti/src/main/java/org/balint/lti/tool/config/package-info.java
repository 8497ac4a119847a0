/**
 * Wiring: the CDI producers that build the protocol core once per application (clock, platform
 * registry, launch state store, tool keys, login initiator, launch processor) from the tool's
 * configuration, read through MicroProfile Config (server variables, environment, system properties).
 * The protocol types themselves carry no CDI annotations. Platform registrations and the tool's keys
 * are kept in the database {@code jdbc/balint}; {@link org.balint.lti.tool.config.ToolKeySettings}
 * holds the key-encryption secret and rotation period, and
 * {@link org.balint.lti.tool.config.KeyRotationSchedule} rotates the key when it is due.
 */
package org.balint.lti.tool.config;
