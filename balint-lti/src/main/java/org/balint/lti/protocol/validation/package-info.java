/**
 * Launch validation: from the form POST of {@code id_token} and {@code state} (plus the browser's
 * binding secret) to an immutable {@link org.balint.lti.protocol.message.LtiLaunch}, or a refusal
 * with a stable reason code.
 *
 * <p>{@link LaunchProcessor} is built once through its constructor and runs a chain of small
 * single-purpose parts, modelled on Nimbus's JWT processor but with an injected
 * {@link java.time.Clock} and no setters:
 * <ol>
 *   <li>request shape: id_token and state present, token size limit, compact serialisation;</li>
 *   <li>state: a login this tool started, not used before, not expired, bound to this browser
 *       (cheap checks first, before any cryptography);</li>
 *   <li>header: signed (never {@code alg: none}), RS256 only, {@code typ} JWT if present, no
 *       critical or embedded-key headers;</li>
 *   <li>registration lookup by {@code iss} plus {@code azp} / {@code aud};</li>
 *   <li>key selection from that platform's cached key source;</li>
 *   <li>signature verification;</li>
 *   <li>a declarative claims policy: required claims, exact issuer, audience containing the
 *       client_id, {@code azp} required and equal to it when there are several audiences,
 *       {@code exp}/{@code iat}/{@code nbf} against the clock with a small skew;</li>
 *   <li>LTI checks, one concern each: login platform, version 1.3.0, supported message type, known
 *       deployment, {@code target_link_uri} as in the login, nonce unused and issued for this login,
 *       message-type specific claims;</li>
 *   <li>reading the claims into the typed launch;</li>
 *   <li>only then the state and nonce are marked used, atomically.</li>
 * </ol>
 *
 * <p>A refusal is a {@link LaunchProblem}: a {@link LaunchRejection} (bad launch; 400, 401, 403 or
 * 422 with a stable reason code) or {@link PlatformUnreachable} (the platform's keys could not be
 * fetched; 503). Nothing is stored for a refused launch.
 */
package org.balint.lti.protocol.validation;
