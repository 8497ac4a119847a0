/**
 * MicroProfile Health checks: {@code /health/ready} reports whether the tool can take launches (it
 * trusts at least one platform and has a signing key), {@code /health/live} whether the server still
 * has memory to work with.
 */
package org.balint.lti.tool.health;
