/**
 * LTI Dynamic Registration 1.0 (<a href="https://www.imsglobal.org/spec/lti-dr/v1p0">LTI-DR 1.0</a>),
 * the tool's side.
 *
 * <p>{@link DynamicRegistration} reads and validates the platform's OpenID configuration (issuer over
 * https, or http on a loopback address, and of the same origin as the configuration URL; the
 * endpoints and the {@code lti-platform-configuration} claim present), posts the tool's client
 * registration built from a {@link ToolDescription}, and reads the answer into a
 * {@link RegisteredTool} that becomes a {@link org.balint.lti.protocol.platform.PlatformRegistration}.
 * Every refusal is a {@link RegistrationFailed} with a {@link RegistrationProblem} reason code.
 */
package org.balint.lti.protocol.registration;
