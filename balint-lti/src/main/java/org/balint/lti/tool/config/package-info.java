/**
 * Wiring: the CDI producers that build the protocol core once per application (clock, platform
 * registry, launch state store, tool keys, login initiator, launch processor) from the tool's
 * configuration, read through MicroProfile Config (server variables, environment, system properties).
 * The protocol types themselves carry no CDI annotations.
 */
package org.balint.lti.tool.config;
