package org.balint.lti.protocol.services.grades;

import java.time.Duration;
import java.util.Objects;

/**
 * How scores are retried and how far line-item listings go.
 *
 * @param defaultRetry  the wait suggested when the platform names none
 * @param longestRetry  the longest wait accepted from a {@code Retry-After}
 * @param maxPages      the most line-item pages followed
 */
public record GradeSettings(Duration defaultRetry, Duration longestRetry, int maxPages) {

    /** Validates the arguments. */
    public GradeSettings {
        Objects.requireNonNull(defaultRetry, "defaultRetry");
        Objects.requireNonNull(longestRetry, "longestRetry");
        if (defaultRetry.isNegative() || longestRetry.compareTo(defaultRetry) < 0) {
            throw new IllegalArgumentException("Retry waits must be ordered: 0 <= default <= longest");
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be positive");
        }
    }

    /** Retry after 30 s unless told otherwise, never wait longer than an hour, follow 50 pages. */
    public static GradeSettings defaults() {
        return new GradeSettings(Duration.ofSeconds(30), Duration.ofHours(1), 50);
    }
}
