package org.balint.lti.protocol.login;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The login was accepted: send the browser to the platform's authentication endpoint.
 *
 * @param authenticationRequest the full authentication request URL to redirect to
 * @param state                 the state sent along (also the key of the stored login)
 * @param browserBinding        the secret the browser must hold for the launch to be accepted; keep it in a
 *                              {@code SameSite=None; Secure; HttpOnly} cookie or in platform storage,
 *                              never in a URL
 * @param expiresAt             when the login expires; use it as the cookie's lifetime
 * @param ltiStorageTarget      the platform storage frame the platform offered ({@code lti_storage_target}), if any
 */
public record LoginRedirect(URI authenticationRequest, String state, String browserBinding, Instant expiresAt,
        Optional<String> ltiStorageTarget) implements LoginResult {

    /** Validates the arguments. */
    public LoginRedirect {
        Objects.requireNonNull(authenticationRequest, "authenticationRequest");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(browserBinding, "browserBinding");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(ltiStorageTarget, "ltiStorageTarget");
    }
}
