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
 *   <li>offers a home page with "Launch as leader" and "Launch as member" buttons and more people,
 *       courses and options, and answers platform-storage postMessages there.</li>
 * </ul>
 *
 * <p>The AGS, NRPS, token, deep-linking return and registration addresses named in the claims and the
 * OpenID configuration are reserved for the platform side of those services; this package does not
 * serve them yet.
 *
 * <p>The platform binds to 127.0.0.1 only, launches only tools on loopback addresses, and answers
 * only requests addressed to a loopback host. Types here never return or accept {@code null}; absent
 * values are {@link java.util.Optional}.
 */
package org.balint.devplatform;
