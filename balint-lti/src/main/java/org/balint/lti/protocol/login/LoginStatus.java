package org.balint.lti.protocol.login;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored login and whether a launch has already completed it.
 *
 * @param login       the login as started
 * @param completedAt when a launch completed it; a completed login cannot be used again
 */
public record LoginStatus(PendingLogin login, Optional<Instant> completedAt) {

    /** Validates the arguments. */
    public LoginStatus {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(completedAt, "completedAt");
    }

    /** True if a launch already completed this login. */
    public boolean isCompleted() {
        return completedAt.isPresent();
    }
}
