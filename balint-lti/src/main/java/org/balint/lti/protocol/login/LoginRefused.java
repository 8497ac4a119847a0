package org.balint.lti.protocol.login;

import java.util.Objects;

/**
 * The login initiation was refused; nothing was stored.
 *
 * @param rejection why
 */
public record LoginRefused(LoginRejection rejection) implements LoginResult {

    /** Validates the argument. */
    public LoginRefused {
        Objects.requireNonNull(rejection, "rejection");
    }
}
