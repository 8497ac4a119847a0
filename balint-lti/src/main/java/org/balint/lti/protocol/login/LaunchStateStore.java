package org.balint.lti.protocol.login;

import java.time.Instant;
import java.util.Optional;

/**
 * Where logins wait for their launch, and where used nonces are remembered. Implementations must be
 * safe for concurrent use; a shared implementation (a database) lets the launch land on another node
 * than the login.
 *
 * <p>The launch processor only reads ({@link #find}, {@link #isNonceUsed}) while it checks a launch,
 * and calls {@link #complete} once, after every other check has passed: nothing is written for a
 * refused launch.
 */
public interface LaunchStateStore {

    /** Records a started login. */
    void save(PendingLogin login);

    /** The login started with this {@code state}, completed or not, if it is still remembered. */
    Optional<LoginStatus> find(String state);

    /** True if a launch already used this nonce. */
    boolean isNonceUsed(String nonce);

    /**
     * Atomically marks the login completed and the nonce used. Returns false, changing nothing, if the
     * login is unknown or already completed, or the nonce is already used: exactly one of several
     * concurrent launches with the same state or nonce succeeds.
     *
     * @param state         the login's state
     * @param nonce         the id_token's nonce
     * @param completedAt   the time of the launch
     * @param rememberUntil how long to remember the nonce and the completed state: at least until the
     *                      id_token expires, so a replay is recognised as one
     */
    boolean complete(String state, String nonce, Instant completedAt, Instant rememberUntil);
}
