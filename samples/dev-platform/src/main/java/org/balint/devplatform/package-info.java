/**
 * A small, real LTI 1.3 platform for local development and tests of an LTI tool (the Balint tool by
 * default, but nothing here is Balint-specific).
 *
 * <p>What it does, with the specifications it follows:
 * <ul>
 *   <li>publishes an RSA 2048 signing key as a JWKS with {@code kid} and {@code Cache-Control:
 *       max-age}, and an OpenID configuration in the shape
 *       <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#platform-configuration">LTI Dynamic
 *       Registration 1.0</a> reads;</li>
 *   <li>starts launches with a
 *       <a href="https://www.imsglobal.org/spec/security/v1p0/#openid_connect_launch_flow">third-party
 *       initiated login</a> (form POST or GET) carrying {@code iss}, {@code login_hint},
 *       {@code target_link_uri}, a single-use {@code lti_message_hint}, {@code client_id},
 *       {@code lti_deployment_id} and, when offered, {@code lti_storage_target};</li>
 *   <li>answers the tool's authentication request at {@code /auth} after the checks Moodle's
 *       {@code auth.php} makes, with an auto-submitting form POST of an RS256 id_token carrying the
 *       <a href="https://www.imsglobal.org/spec/lti/v1p3/">LTI 1.3</a> claims of an
 *       {@code LtiResourceLinkRequest} or a
 *       <a href="https://www.imsglobal.org/spec/lti-dl/v2p0">Deep Linking 2.0</a>
 *       {@code LtiDeepLinkingRequest}, with AGS and NRPS service claims;</li>
 *   <li>offers a home page with "Launch as leader", "Launch as member" and "Add a Balint group (deep
 *       linking)" buttons and more people, courses and options, and answers platform-storage
 *       postMessages there;</li>
 *   <li>grants OAuth 2 client-credentials tokens at {@code /token} for {@code private_key_jwt}
 *       assertions (<a href="https://www.rfc-editor.org/rfc/rfc7523">RFC 7523</a>, as the
 *       <a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">IMS
 *       Security Framework</a> profiles it), checked against the tool's JWKS;</li>
 *   <li>serves <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0">NRPS 2.0</a> memberships with
 *       paging and differences, and <a href="https://www.imsglobal.org/spec/lti-ags/v2p0">AGS 2.0</a>
 *       line items, scores and results under {@code /contexts/{course}/}, with a switch that makes
 *       score posts fail for fault tests;</li>
 *   <li>takes Deep Linking 2.0 responses at {@code /deep-link-return} and places the chosen resource
 *       link, with its line item, in the course;</li>
 *   <li>takes <a href="https://www.imsglobal.org/spec/lti-dr/v1p0">LTI Dynamic Registration 1.0</a>
 *       registrations at {@code /register} with a one-time registration token, and offers a page that
 *       opens the tool's registration start URL.</li>
 * </ul>
 *
 * <p>All state lives in memory and is bounded; the service answers follow the shapes Moodle 4.5
 * sends.
 *
 * <p>The platform binds to 127.0.0.1 only, launches only tools on loopback addresses, and answers
 * only requests addressed to a loopback host. Types here never return or accept {@code null}; absent
 * values are {@link java.util.Optional}.
 */
package org.balint.devplatform;
