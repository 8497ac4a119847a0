package org.balint.lti.protocol.keys;

import java.time.Duration;
import java.util.Objects;

/**
 * How platform key sets are fetched and cached.
 *
 * @param cacheTimeToLive     how long a fetched key set is used before it is fetched again
 * @param cacheRefreshTimeout how long a caller waits for another thread's fetch in progress
 * @param minRefetchInterval  the rate limit: at most two fetches of one key set in this interval
 *                            (Nimbus's rate limiter), however many unknown {@code kid}s arrive
 * @param connectTimeout      HTTP connect timeout
 * @param readTimeout         HTTP read timeout
 * @param sizeLimitBytes      the largest key-set document accepted
 */
public record JwksPolicy(Duration cacheTimeToLive, Duration cacheRefreshTimeout, Duration minRefetchInterval,
        Duration connectTimeout, Duration readTimeout, int sizeLimitBytes) {

    /** Validates the arguments: positive durations, time to live longer than the refetch interval. */
    public JwksPolicy {
        requirePositive(cacheTimeToLive, "cacheTimeToLive");
        requirePositive(cacheRefreshTimeout, "cacheRefreshTimeout");
        requirePositive(minRefetchInterval, "minRefetchInterval");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        if (sizeLimitBytes <= 0) {
            throw new IllegalArgumentException("sizeLimitBytes must be positive");
        }
        if (cacheTimeToLive.compareTo(minRefetchInterval.plus(cacheRefreshTimeout)) <= 0) {
            throw new IllegalArgumentException(
                    "cacheTimeToLive must exceed minRefetchInterval plus cacheRefreshTimeout");
        }
    }

    /** Fifteen minutes' caching, at most two fetches per 30 s, 2 s connect, 4 s read, 64 KiB. */
    public static JwksPolicy defaults() {
        return new JwksPolicy(Duration.ofMinutes(15), Duration.ofSeconds(15), Duration.ofSeconds(30),
                Duration.ofSeconds(2), Duration.ofSeconds(4), 64 * 1024);
    }

    private static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }
}
