/**
 * The Balint LTI tool as it runs on Open Liberty: the web endpoints a platform (Moodle, Canvas, the
 * local dev platform) talks to, the translation of an accepted launch into Balint's roles, and the
 * wiring of the protocol core ({@code org.balint.lti.protocol}). The protocol core knows nothing of
 * these packages; they only use its public API.
 */
package org.balint.lti.tool;
