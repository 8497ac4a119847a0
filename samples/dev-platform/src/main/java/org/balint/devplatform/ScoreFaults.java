package org.balint.devplatform;

import java.time.Duration;
import java.util.Objects;

/**
 * Makes the AGS score endpoint misbehave, for fault tests and benchmarks: the given fraction of score
 * posts fails, each in one of six ways drawn evenly by a {@link java.util.Random} with the given seed
 * (so a run can be repeated): 500; 429 with {@code Retry-After}; 503 with {@code Retry-After}; a hang
 * of {@code hang} then 500; a hang of {@code hang} then the connection closed without an answer; 409.
 * A failed post never stores its score.
 *
 * @param fraction   the share of score posts that fail, from 0 to 1
 * @param seed       the seed of the random draws
 * @param hang       how long a "timeout" fault waits before failing; set it beyond the client's timeout
 * @param retryAfter the {@code Retry-After} of 429 and 503 answers
 */
public record ScoreFaults(double fraction, long seed, Duration hang, Duration retryAfter) {

    /** The longest hang a fault may hold a server thread. */
    public static final Duration LONGEST_HANG = Duration.ofSeconds(30);

    /** The ways a score post fails. */
    public enum Kind {
        /** 500 Internal Server Error. */
        SERVER_ERROR,
        /** 429 Too Many Requests with Retry-After. */
        TOO_MANY_REQUESTS,
        /** 503 Service Unavailable with Retry-After. */
        UNAVAILABLE,
        /** A hang, then 500. */
        TIMEOUT_THEN_ERROR,
        /** A hang, then the connection closed without an answer. */
        TIMEOUT_THEN_CLOSE,
        /** 409 Conflict, as for a stale timestamp. */
        CONFLICT
    }

    /** Checks the fraction, hang and retry delay. */
    public ScoreFaults {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("The fault fraction must be between 0 and 1, not " + fraction);
        }
        Objects.requireNonNull(hang, "hang");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (hang.isNegative() || hang.compareTo(LONGEST_HANG) > 0) {
            throw new IllegalArgumentException("The hang must be between zero and " + LONGEST_HANG + ", not " + hang);
        }
        if (retryAfter.isNegative() || retryAfter.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("Retry-After must be between zero and one hour, not " + retryAfter);
        }
    }

    /** No faults: every score post is answered on its merits. */
    public static ScoreFaults none() {
        return new ScoreFaults(0, 0, Duration.ZERO, Duration.ZERO);
    }

    /** The given fraction of posts fails in mixed ways, hanging 2 s for timeouts, Retry-After 1 s. */
    public static ScoreFaults failing(double fraction, long seed) {
        return new ScoreFaults(fraction, seed, Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    /** These faults with another hang. */
    public ScoreFaults hangingFor(Duration newHang) {
        return new ScoreFaults(fraction, seed, newHang, retryAfter);
    }

    /** These faults with another Retry-After. */
    public ScoreFaults retryingAfter(Duration newRetryAfter) {
        return new ScoreFaults(fraction, seed, hang, newRetryAfter);
    }
}
