/**
 * The tool's answer to a deep-linking request
 * (<a href="https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-response-message">Deep Linking
 * 2.0, section 4.5</a>).
 *
 * <p>{@link DeepLinkingResponder} checks the chosen items against the request's settings (resource
 * links accepted, several items only if {@code accept_multiple}), signs an
 * {@code LtiDeepLinkingResponse} JWT with the tool key and returns a {@link DeepLinkingReply}: the
 * JWT, the platform's return URL, and the auto-submitting HTML form that takes the browser back.
 */
package org.balint.lti.protocol.deeplinking;
