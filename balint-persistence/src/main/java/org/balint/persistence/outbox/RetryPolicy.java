package org.balint.persistence.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How patiently the outbox keeps trying to deliver a message the LMS did not accept.
 *
 * <p>After failed attempt <i>n</i> the next attempt waits between half and all of
 * {@code firstDelay × 2^(n−1)}, capped at {@code maxDelay}; the random part ("jitter") keeps many
 * failed messages from hitting a recovering LMS at the same instant. A {@code Retry-After} given by
 * the LMS is honoured: the next attempt is never earlier. After {@code maxAttempts} failed attempts
 * the message is dead-lettered with a reason. A worker's claim on a message lasts {@code claimLease};
 * if the worker disappears, the message becomes due again when the lease ends.
 *
 * @param maxAttempts how many delivery attempts a message gets before it is given up, at least 1
 * @param firstDelay  the wait after the first failed attempt, positive
 * @param maxDelay    the longest wait between attempts, at least {@code firstDelay}
 * @param claimLease  how long a claimed message is reserved for the worker that claimed it, positive
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, Duration claimLease) {

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(claimLease, "claimLease");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a message needs at least one delivery attempt: " + maxAttempts);
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || claimLease.isNegative() || claimLease.isZero()) {
            throw new IllegalArgumentException("delays and leases are positive durations");
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("the longest wait cannot be shorter than the first: " + maxDelay + " < " + firstDelay);
        }
    }

    /**
     * Ten attempts, one minute after the first failure, doubling to at most six hours: a message keeps
     * being retried for about a day and a half before it is dead-lettered. Claims last five minutes.
     */
    public static RetryPolicy standard() {
        return new RetryPolicy(10, Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofMinutes(5));
    }

    /** The longest wait after failed attempt {@code attempt} (1-based), before jitter. */
    Duration ceilingAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts are counted from 1: " + attempt);
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /**
     * When to try again after failed attempt {@code attempt}, failing at {@code now}: a random moment
     * between half and all of the ceiling later, but never before {@code retryAfter}.
     */
    Instant nextAttempt(int attempt, Instant now, Instant retryAfter, RandomGenerator random) {
        long ceilingMillis = ceilingAfter(attempt).toMillis();
        long half = ceilingMillis / 2;
        long waitMillis = half + random.nextLong(ceilingMillis - half + 1);
        Instant backoff = now.plusMillis(waitMillis);
        return retryAfter.isAfter(backoff) ? retryAfter : backoff;
    }
}
