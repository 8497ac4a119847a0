/**
 * OpenID Connect third-party login initiation, the first step of every LTI 1.3 launch
 * (<a href="https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login">Security
 * Framework 5.1.1</a>).
 *
 * <p>{@link LoginInitiator} turns the platform's GET or POST parameters into the authentication
 * request redirect: {@code scope=openid}, {@code response_type=id_token},
 * {@code response_mode=form_post}, {@code prompt=none}, the exact registered {@code redirect_uri},
 * {@code login_hint} and {@code lti_message_hint} passed through, and a fresh {@code state} and
 * {@code nonce}. It records a {@link PendingLogin} in a {@link LaunchStateStore} and hands the caller
 * a browser binding secret to keep in the browser (a {@code SameSite=None; Secure} cookie or
 * platform storage): the launch is accepted only from the browser that holds it.
 *
 * <p>{@link LaunchStateStore} is the port for state and nonce storage; {@link InMemoryLaunchStateStore}
 * serves a single node and tests. A shared database implementation lets any node finish a launch
 * another node began.
 */
package org.balint.lti.protocol.login;
