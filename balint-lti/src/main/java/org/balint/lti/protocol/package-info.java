/**
 * A reusable LTI 1.3 tool-side protocol core: platform registrations, platform and tool keys, OIDC
 * third-party login initiation and id_token launch validation, ending in an immutable typed launch;
 * and the tool's calls back to the platform: service access tokens, rosters, line items and scores
 * ({@code services}), deep-linking responses ({@code deeplinking}) and dynamic registration
 * ({@code registration}).
 *
 * <p>These packages are plain Java on Nimbus JOSE+JWT. They know nothing of the application that
 * embeds them (no Balint types, no Jakarta EE APIs), so any Jakarta EE or plain-Java tool can reuse
 * them; an architecture test keeps it that way. Time always comes from an injected
 * {@link java.time.Clock}; no method accepts or returns {@code null}.
 *
 * <p>Specifications implemented: <a href="https://www.imsglobal.org/spec/lti/v1p3/">LTI Core 1.3</a>,
 * <a href="https://www.imsglobal.org/spec/security/v1p0/">1EdTech Security Framework 1.0</a> (section
 * 5.1, platform-originating messages), <a href="https://www.imsglobal.org/spec/lti-dl/v2p0">LTI Deep
 * Linking 2.0</a>, <a href="https://www.imsglobal.org/spec/lti-ags/v2p0">AGS 2.0</a>,
 * <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0">NRPS 2.0</a> and
 * <a href="https://www.imsglobal.org/spec/lti-dr/v1p0">LTI Dynamic Registration 1.0</a>.
 */
package org.balint.lti.protocol;
